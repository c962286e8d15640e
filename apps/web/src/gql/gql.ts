/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Taxonomy {\n    taxonomy {\n      code\n      labelJa\n      labelEn\n      categories { code labelJa labelEn examplesJa benefits }\n    }\n  }\n": typeof types.TaxonomyDocument,
    "\n  query Prefectures {\n    areaSummary { prefectures { prefectureCode prefectureName } }\n  }\n": typeof types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) { code name prefectureCode }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query HelpRequests($limit: Int) {\n    helpRequests(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      ageBand\n      careLevelBand\n      filedByRole\n      referrals { id status statusLabelJa statusLabelEn organizationName offeringTitle responseDueAt statusSince }\n    }\n  }\n": typeof types.HelpRequestsDocument,
    "\n  query HelpRequest($id: ID!) {\n    helpRequest(id: $id) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      lat\n      lng\n      ageBand\n      careLevelBand\n      livingSituation\n      filedByRole\n      preferences { budgetYen coverage preferredDays }\n      shortlist {\n        id\n        round\n        generatedAt\n        disclaimerJa\n        disclaimerEn\n        uncoveredNeeds\n        topPositions\n        entries {\n          offeringId\n          position\n          title\n          organizationName\n          organizationId\n          priceYen\n          priceUnit\n          coverage\n          capacity\n          categories\n          placementJa\n          placementEn\n          criteriaMet { code ja en passed }\n          notes { code ja en passed }\n        }\n      }\n      consents { id purpose givenBy givenByName obtainedAt dataItems recipientOrganizationIds recipientCategories withdrawnAt }\n      referrals {\n        id\n        status\n        statusLabelJa\n        statusLabelEn\n        offeringId\n        offeringTitle\n        organizationName\n        responseDueAt\n        statusSince\n        reasonCode\n        consentId\n        history { action to toLabelJa at }\n      }\n      nextCandidates(limit: 3) { offeringId organizationId title organizationName priceYen priceUnit placementJa placementEn }\n      notices { kind messageJa messageEn createdAt referralId }\n    }\n  }\n": typeof types.HelpRequestDocument,
    "\n  query OfferingDetails($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      description\n      base { lat lng }\n      schedule { day opensAt closesAt }\n      price { amountYen unit includes }\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer }\n        effectClaim { claimed claim evidence }\n      }\n    }\n  }\n": typeof types.OfferingDetailsDocument,
    "\n  mutation FileHelpRequest($input: FileHelpRequestInput!) {\n    fileHelpRequest(input: $input) { id status }\n  }\n": typeof types.FileHelpRequestDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { id }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) { id status statusLabelJa }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation WithdrawConsent($consentId: ID!, $reason: String) {\n    withdrawConsent(consentId: $consentId, reason: $reason) { id withdrawnAt }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  subscription ReferralStatusChanged($requestId: ID!) {\n    referralStatusChanged(requestId: $requestId) {\n      referralId\n      action\n      to\n      toLabelJa\n      toLabelEn\n      at\n    }\n  }\n": typeof types.ReferralStatusChangedDocument,
    "\n  query Labels($kinds: [String!]) {\n    labels(kinds: $kinds) {\n      kind\n      labels { code labelJa labelEn descriptionJa descriptionEn }\n    }\n  }\n": typeof types.LabelsDocument,
    "\n  query TownBlocks($municipalityCode: String!, $query: String, $first: Int) {\n    townBlocks(municipalityCode: $municipalityCode, query: $query, first: $first) { code name municipalityCode lat lng }\n  }\n": typeof types.TownBlocksDocument,
    "\n  query ConsentText($purpose: String!) {\n    consentText(purpose: $purpose) { version titleJa titleEn bodyJa bodyEn }\n  }\n": typeof types.ConsentTextDocument,
    "\n  query AreaMap($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) {\n      code\n      name\n      population\n      pop75plus\n      areaKm2\n      classification {\n        segment\n        segmentLabelJa\n        segmentLabelEn\n        tier\n        tierLabelJa\n        tierLabelEn\n        densityPerKm2\n        sufficiencyPercent\n        estimated\n        estimationNotesJa\n        estimationNotesEn\n        provenanceJa\n        provenanceEn\n        uncoveredBlockCount\n        recommendedModel { titleJa titleEn measuresJa measuresEn }\n      }\n    }\n  }\n": typeof types.AreaMapDocument,
    "\n  query MunicipalityMap($code: String!) {\n    municipalityMap(code: $code) {\n      code\n      name\n      bbox\n      radiusM\n      policyLabelJa\n      policyLabelEn\n      townBlocks { id name lat lng covered elderly75Estimate }\n      shops { id name category categoryLabelJa categoryLabelEn lat lng counted }\n    }\n  }\n": typeof types.MunicipalityMapDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      municipalities {\n        code\n        name\n        segmentChanged\n        before { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        after { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        newlyCoveredBlocks { id }\n        newlyUncoveredBlocks { id }\n      }\n      notes { path messageJa messageEn }\n    }\n  }\n": typeof types.WhatIfDocument,
};
const documents: Documents = {
    "\n  query Taxonomy {\n    taxonomy {\n      code\n      labelJa\n      labelEn\n      categories { code labelJa labelEn examplesJa benefits }\n    }\n  }\n": types.TaxonomyDocument,
    "\n  query Prefectures {\n    areaSummary { prefectures { prefectureCode prefectureName } }\n  }\n": types.PrefecturesDocument,
    "\n  query Municipalities($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) { code name prefectureCode }\n  }\n": types.MunicipalitiesDocument,
    "\n  query HelpRequests($limit: Int) {\n    helpRequests(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      ageBand\n      careLevelBand\n      filedByRole\n      referrals { id status statusLabelJa statusLabelEn organizationName offeringTitle responseDueAt statusSince }\n    }\n  }\n": types.HelpRequestsDocument,
    "\n  query HelpRequest($id: ID!) {\n    helpRequest(id: $id) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      lat\n      lng\n      ageBand\n      careLevelBand\n      livingSituation\n      filedByRole\n      preferences { budgetYen coverage preferredDays }\n      shortlist {\n        id\n        round\n        generatedAt\n        disclaimerJa\n        disclaimerEn\n        uncoveredNeeds\n        topPositions\n        entries {\n          offeringId\n          position\n          title\n          organizationName\n          organizationId\n          priceYen\n          priceUnit\n          coverage\n          capacity\n          categories\n          placementJa\n          placementEn\n          criteriaMet { code ja en passed }\n          notes { code ja en passed }\n        }\n      }\n      consents { id purpose givenBy givenByName obtainedAt dataItems recipientOrganizationIds recipientCategories withdrawnAt }\n      referrals {\n        id\n        status\n        statusLabelJa\n        statusLabelEn\n        offeringId\n        offeringTitle\n        organizationName\n        responseDueAt\n        statusSince\n        reasonCode\n        consentId\n        history { action to toLabelJa at }\n      }\n      nextCandidates(limit: 3) { offeringId organizationId title organizationName priceYen priceUnit placementJa placementEn }\n      notices { kind messageJa messageEn createdAt referralId }\n    }\n  }\n": types.HelpRequestDocument,
    "\n  query OfferingDetails($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      description\n      base { lat lng }\n      schedule { day opensAt closesAt }\n      price { amountYen unit includes }\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer }\n        effectClaim { claimed claim evidence }\n      }\n    }\n  }\n": types.OfferingDetailsDocument,
    "\n  mutation FileHelpRequest($input: FileHelpRequestInput!) {\n    fileHelpRequest(input: $input) { id status }\n  }\n": types.FileHelpRequestDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { id }\n  }\n": types.RecordConsentDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) { id status statusLabelJa }\n  }\n": types.CreateReferralDocument,
    "\n  mutation WithdrawConsent($consentId: ID!, $reason: String) {\n    withdrawConsent(consentId: $consentId, reason: $reason) { id withdrawnAt }\n  }\n": types.WithdrawConsentDocument,
    "\n  subscription ReferralStatusChanged($requestId: ID!) {\n    referralStatusChanged(requestId: $requestId) {\n      referralId\n      action\n      to\n      toLabelJa\n      toLabelEn\n      at\n    }\n  }\n": types.ReferralStatusChangedDocument,
    "\n  query Labels($kinds: [String!]) {\n    labels(kinds: $kinds) {\n      kind\n      labels { code labelJa labelEn descriptionJa descriptionEn }\n    }\n  }\n": types.LabelsDocument,
    "\n  query TownBlocks($municipalityCode: String!, $query: String, $first: Int) {\n    townBlocks(municipalityCode: $municipalityCode, query: $query, first: $first) { code name municipalityCode lat lng }\n  }\n": types.TownBlocksDocument,
    "\n  query ConsentText($purpose: String!) {\n    consentText(purpose: $purpose) { version titleJa titleEn bodyJa bodyEn }\n  }\n": types.ConsentTextDocument,
    "\n  query AreaMap($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) {\n      code\n      name\n      population\n      pop75plus\n      areaKm2\n      classification {\n        segment\n        segmentLabelJa\n        segmentLabelEn\n        tier\n        tierLabelJa\n        tierLabelEn\n        densityPerKm2\n        sufficiencyPercent\n        estimated\n        estimationNotesJa\n        estimationNotesEn\n        provenanceJa\n        provenanceEn\n        uncoveredBlockCount\n        recommendedModel { titleJa titleEn measuresJa measuresEn }\n      }\n    }\n  }\n": types.AreaMapDocument,
    "\n  query MunicipalityMap($code: String!) {\n    municipalityMap(code: $code) {\n      code\n      name\n      bbox\n      radiusM\n      policyLabelJa\n      policyLabelEn\n      townBlocks { id name lat lng covered elderly75Estimate }\n      shops { id name category categoryLabelJa categoryLabelEn lat lng counted }\n    }\n  }\n": types.MunicipalityMapDocument,
    "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      municipalities {\n        code\n        name\n        segmentChanged\n        before { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        after { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        newlyCoveredBlocks { id }\n        newlyUncoveredBlocks { id }\n      }\n      notes { path messageJa messageEn }\n    }\n  }\n": types.WhatIfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomy {\n    taxonomy {\n      code\n      labelJa\n      labelEn\n      categories { code labelJa labelEn examplesJa benefits }\n    }\n  }\n"): (typeof documents)["\n  query Taxonomy {\n    taxonomy {\n      code\n      labelJa\n      labelEn\n      categories { code labelJa labelEn examplesJa benefits }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prefectures {\n    areaSummary { prefectures { prefectureCode prefectureName } }\n  }\n"): (typeof documents)["\n  query Prefectures {\n    areaSummary { prefectures { prefectureCode prefectureName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) { code name prefectureCode }\n  }\n"): (typeof documents)["\n  query Municipalities($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) { code name prefectureCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpRequests($limit: Int) {\n    helpRequests(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      ageBand\n      careLevelBand\n      filedByRole\n      referrals { id status statusLabelJa statusLabelEn organizationName offeringTitle responseDueAt statusSince }\n    }\n  }\n"): (typeof documents)["\n  query HelpRequests($limit: Int) {\n    helpRequests(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      ageBand\n      careLevelBand\n      filedByRole\n      referrals { id status statusLabelJa statusLabelEn organizationName offeringTitle responseDueAt statusSince }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpRequest($id: ID!) {\n    helpRequest(id: $id) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      lat\n      lng\n      ageBand\n      careLevelBand\n      livingSituation\n      filedByRole\n      preferences { budgetYen coverage preferredDays }\n      shortlist {\n        id\n        round\n        generatedAt\n        disclaimerJa\n        disclaimerEn\n        uncoveredNeeds\n        topPositions\n        entries {\n          offeringId\n          position\n          title\n          organizationName\n          organizationId\n          priceYen\n          priceUnit\n          coverage\n          capacity\n          categories\n          placementJa\n          placementEn\n          criteriaMet { code ja en passed }\n          notes { code ja en passed }\n        }\n      }\n      consents { id purpose givenBy givenByName obtainedAt dataItems recipientOrganizationIds recipientCategories withdrawnAt }\n      referrals {\n        id\n        status\n        statusLabelJa\n        statusLabelEn\n        offeringId\n        offeringTitle\n        organizationName\n        responseDueAt\n        statusSince\n        reasonCode\n        consentId\n        history { action to toLabelJa at }\n      }\n      nextCandidates(limit: 3) { offeringId organizationId title organizationName priceYen priceUnit placementJa placementEn }\n      notices { kind messageJa messageEn createdAt referralId }\n    }\n  }\n"): (typeof documents)["\n  query HelpRequest($id: ID!) {\n    helpRequest(id: $id) {\n      id\n      status\n      statusLabelJa\n      createdAt\n      needs\n      municipalityCode\n      lat\n      lng\n      ageBand\n      careLevelBand\n      livingSituation\n      filedByRole\n      preferences { budgetYen coverage preferredDays }\n      shortlist {\n        id\n        round\n        generatedAt\n        disclaimerJa\n        disclaimerEn\n        uncoveredNeeds\n        topPositions\n        entries {\n          offeringId\n          position\n          title\n          organizationName\n          organizationId\n          priceYen\n          priceUnit\n          coverage\n          capacity\n          categories\n          placementJa\n          placementEn\n          criteriaMet { code ja en passed }\n          notes { code ja en passed }\n        }\n      }\n      consents { id purpose givenBy givenByName obtainedAt dataItems recipientOrganizationIds recipientCategories withdrawnAt }\n      referrals {\n        id\n        status\n        statusLabelJa\n        statusLabelEn\n        offeringId\n        offeringTitle\n        organizationName\n        responseDueAt\n        statusSince\n        reasonCode\n        consentId\n        history { action to toLabelJa at }\n      }\n      nextCandidates(limit: 3) { offeringId organizationId title organizationName priceYen priceUnit placementJa placementEn }\n      notices { kind messageJa messageEn createdAt referralId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingDetails($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      description\n      base { lat lng }\n      schedule { day opensAt closesAt }\n      price { amountYen unit includes }\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer }\n        effectClaim { claimed claim evidence }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferingDetails($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      description\n      base { lat lng }\n      schedule { day opensAt closesAt }\n      price { amountYen unit includes }\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer }\n        effectClaim { claimed claim evidence }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileHelpRequest($input: FileHelpRequestInput!) {\n    fileHelpRequest(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation FileHelpRequest($input: FileHelpRequestInput!) {\n    fileHelpRequest(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) { id status statusLabelJa }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) { id status statusLabelJa }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($consentId: ID!, $reason: String) {\n    withdrawConsent(consentId: $consentId, reason: $reason) { id withdrawnAt }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($consentId: ID!, $reason: String) {\n    withdrawConsent(consentId: $consentId, reason: $reason) { id withdrawnAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralStatusChanged($requestId: ID!) {\n    referralStatusChanged(requestId: $requestId) {\n      referralId\n      action\n      to\n      toLabelJa\n      toLabelEn\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription ReferralStatusChanged($requestId: ID!) {\n    referralStatusChanged(requestId: $requestId) {\n      referralId\n      action\n      to\n      toLabelJa\n      toLabelEn\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Labels($kinds: [String!]) {\n    labels(kinds: $kinds) {\n      kind\n      labels { code labelJa labelEn descriptionJa descriptionEn }\n    }\n  }\n"): (typeof documents)["\n  query Labels($kinds: [String!]) {\n    labels(kinds: $kinds) {\n      kind\n      labels { code labelJa labelEn descriptionJa descriptionEn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownBlocks($municipalityCode: String!, $query: String, $first: Int) {\n    townBlocks(municipalityCode: $municipalityCode, query: $query, first: $first) { code name municipalityCode lat lng }\n  }\n"): (typeof documents)["\n  query TownBlocks($municipalityCode: String!, $query: String, $first: Int) {\n    townBlocks(municipalityCode: $municipalityCode, query: $query, first: $first) { code name municipalityCode lat lng }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentText($purpose: String!) {\n    consentText(purpose: $purpose) { version titleJa titleEn bodyJa bodyEn }\n  }\n"): (typeof documents)["\n  query ConsentText($purpose: String!) {\n    consentText(purpose: $purpose) { version titleJa titleEn bodyJa bodyEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaMap($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) {\n      code\n      name\n      population\n      pop75plus\n      areaKm2\n      classification {\n        segment\n        segmentLabelJa\n        segmentLabelEn\n        tier\n        tierLabelJa\n        tierLabelEn\n        densityPerKm2\n        sufficiencyPercent\n        estimated\n        estimationNotesJa\n        estimationNotesEn\n        provenanceJa\n        provenanceEn\n        uncoveredBlockCount\n        recommendedModel { titleJa titleEn measuresJa measuresEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaMap($prefectureCode: String!) {\n    areas(prefectureCode: $prefectureCode) {\n      code\n      name\n      population\n      pop75plus\n      areaKm2\n      classification {\n        segment\n        segmentLabelJa\n        segmentLabelEn\n        tier\n        tierLabelJa\n        tierLabelEn\n        densityPerKm2\n        sufficiencyPercent\n        estimated\n        estimationNotesJa\n        estimationNotesEn\n        provenanceJa\n        provenanceEn\n        uncoveredBlockCount\n        recommendedModel { titleJa titleEn measuresJa measuresEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityMap($code: String!) {\n    municipalityMap(code: $code) {\n      code\n      name\n      bbox\n      radiusM\n      policyLabelJa\n      policyLabelEn\n      townBlocks { id name lat lng covered elderly75Estimate }\n      shops { id name category categoryLabelJa categoryLabelEn lat lng counted }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityMap($code: String!) {\n    municipalityMap(code: $code) {\n      code\n      name\n      bbox\n      radiusM\n      policyLabelJa\n      policyLabelEn\n      townBlocks { id name lat lng covered elderly75Estimate }\n      shops { id name category categoryLabelJa categoryLabelEn lat lng counted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      municipalities {\n        code\n        name\n        segmentChanged\n        before { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        after { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        newlyCoveredBlocks { id }\n        newlyUncoveredBlocks { id }\n      }\n      notes { path messageJa messageEn }\n    }\n  }\n"): (typeof documents)["\n  query WhatIf($input: WhatIfInput!) {\n    whatIf(input: $input) {\n      municipalities {\n        code\n        name\n        segmentChanged\n        before { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        after { segment segmentLabelJa segmentLabelEn sufficiencyPercent }\n        newlyCoveredBlocks { id }\n        newlyUncoveredBlocks { id }\n      }\n      notes { path messageJa messageEn }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;