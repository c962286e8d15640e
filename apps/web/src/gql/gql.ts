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
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      organizationName\n      submittedAt\n      categoryLabels { code labelJa labelEn }\n      price { amountYen unit unitLabelJa unitLabelEn includes }\n      coverageLabelJa\n      coverageLabelEn\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence }\n      }\n      history { action actionLabelJa actionLabelEn at reasons { path messageJa messageEn } }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.PublishOfferingDocument,
    "\n  mutation ReturnOffering($id: ID!, $reasons: [ReturnReasonInput!]!) {\n    returnOffering(id: $id, reasons: $reasons) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.ReturnOfferingDocument,
    "\n  query NeutralityReport($municipalityCode: String!, $from: DateTime!, $to: DateTime!) {\n    neutralityReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      from\n      to\n      topPositions\n      shortlistPositions\n      totalEligible\n      totalTopExposures\n      maxAbsDeviation\n      operators { organizationId organizationName eligibleCount topExposures eligibilityShare exposureShare deviation }\n    }\n  }\n": typeof types.NeutralityReportDocument,
    "\n  query ReferralInbox($limit: Int) {\n    referralInbox(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      statusLabelEn\n      offeringTitle\n      createdAt\n      statusSince\n      responseDueAt\n      reasonCodeLabelJa\n      reasonCodeLabelEn\n      allowedActions\n      allowedActionsLabelJa\n      allowedActionsLabelEn\n      summary { careLevelBandJa careLevelBandEn categories municipalityCode preferredDaysJa preferredDaysEn }\n      disclosedItemsLabelJa\n      disclosedItemsLabelEn\n      detailsWithheldJa\n      detailsWithheldEn\n      details { fullName fullNameKana contactPhone addressText ageBandLabelJa ageBandLabelEn careLevelLabelJa careLevelLabelEn needsNote }\n    }\n  }\n": typeof types.ReferralInboxDocument,
    "\n  subscription ReferralInboxUpdates {\n    referralInboxUpdates { referralId action actionLabelJa actionLabelEn at }\n  }\n": typeof types.ReferralInboxUpdatesDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation RejectReferral($id: ID!, $reasonCode: String) {\n    rejectReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.RejectReferralDocument,
    "\n  mutation HoldReferral($id: ID!, $reasonCode: String) {\n    holdReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.HoldReferralDocument,
    "\n  fragment ImportOutcome on ImportResult {\n    ok\n    dataset { kindLabelJa kindLabelEn rowCount sourceName }\n    errors { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n    report {\n      lenient rowsRead imported skipped csv\n      skippedByReason { code codeLabelJa codeLabelEn rows }\n      skippedRows { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n      notes { file line column code codeLabelJa codeLabelEn messageJa messageEn }\n      files { file rowsRead imported skipped }\n    }\n  }\n": typeof types.ImportOutcomeFragmentDoc,
    "\n  mutation ImportMunicipalities($input: FileInput!) {\n    importMunicipalities(input: $input) { ...ImportOutcome }\n  }\n": typeof types.ImportMunicipalitiesDocument,
    "\n  mutation ImportTownBlockFiles($input: TownBlockFilesInput!) {\n    importTownBlockFiles(input: $input) { ...ImportOutcome }\n  }\n": typeof types.ImportTownBlockFilesDocument,
    "\n  mutation ImportResources($input: ResourceFileInput!) {\n    importResources(input: $input) { ...ImportOutcome }\n  }\n": typeof types.ImportResourcesDocument,
    "\n  mutation ImportBoundaries($input: FileInput!) {\n    importBoundaries(input: $input) { ...ImportOutcome }\n  }\n": typeof types.ImportBoundariesDocument,
    "\n  query AdminTaxonomy {\n    taxonomy(includeInactive: true) {\n      code\n      labelJa\n      labelEn\n      categories { code familyCode labelJa labelEn examplesJa active listingCounts { status statusLabelJa statusLabelEn count } }\n    }\n  }\n": typeof types.AdminTaxonomyDocument,
    "\n  mutation AddTaxonomyCategory($input: AddTaxonomyCategoryInput!) {\n    addTaxonomyCategory(input: $input) { code }\n  }\n": typeof types.AddTaxonomyCategoryDocument,
    "\n  mutation RenameTaxonomyCategory($input: RenameTaxonomyCategoryInput!) {\n    renameTaxonomyCategory(input: $input) { code }\n  }\n": typeof types.RenameTaxonomyCategoryDocument,
    "\n  mutation DeactivateTaxonomyCategory($code: String!) {\n    deactivateTaxonomyCategory(code: $code) { code }\n  }\n": typeof types.DeactivateTaxonomyCategoryDocument,
    "\n  mutation ReactivateTaxonomyCategory($code: String!) {\n    reactivateTaxonomyCategory(code: $code) { code }\n  }\n": typeof types.ReactivateTaxonomyCategoryDocument,
    "\n  query ClassificationRuns($first: Int) {\n    classificationRuns(first: $first) {\n      runId\n      policyLabelJa\n      policyLabelEn\n      levelLabelJa\n      levelLabelEn\n      startedAt\n      finishedAt\n      latest\n      segmentCounts { A B C }\n      datasets { datasetVersionId kindLabelJa kindLabelEn sourceName rowCount importedAt }\n    }\n  }\n": typeof types.ClassificationRunsDocument,
    "\n  mutation ClassifyAreas($input: ClassifyInput) {\n    classifyAreas(input: $input) { runId unitCount segmentChanges }\n  }\n": typeof types.ClassifyAreasDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      alternateName\n      corporateNumber\n      createdAt\n      listingCounts { status statusLabelJa statusLabelEn count }\n      servedMunicipalities { code name }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query JapanAreas {\n    areas { code name prefectureCode classification { segment segmentLabelJa segmentLabelEn } }\n    areaSummary { policyLabelJa policyLabelEn prefectures { prefectureCode prefectureName counts { A B C unclassified } } }\n  }\n": typeof types.JapanAreasDocument,
    "\n  query UnmetDemand($municipalityCode: String, $fromMonth: String, $toMonth: String) {\n    unmetDemand(municipalityCode: $municipalityCode, fromMonth: $fromMonth, toMonth: $toMonth) {\n      minCellCount\n      cells { municipalityCode category month count suppressed }\n      segments { municipalityCode segmentLabelJa segmentLabelEn }\n    }\n  }\n": typeof types.UnmetDemandDocument,
    "\n  query MyOrganization {\n    myOrganization { id name description corporateNumber phone email website complaintDesk { name phone email } }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  mutation RegisterOrganization($input: OrganizationInput!) {\n    registerOrganization(input: $input) { id name corporateNumber }\n  }\n": typeof types.RegisterOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id name corporateNumber }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query MyOfferings {\n    myOfferings {\n      id\n      title\n      status\n      statusLabelJa\n      statusLabelEn\n      detailsConfirmedAt\n      capacity { status statusLabelJa statusLabelEn confirmedAt }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n": typeof types.MyOfferingsDocument,
    "\n  mutation ConfirmOfferingDetails($id: ID!) {\n    confirmOfferingDetails(id: $id) { id detailsConfirmedAt }\n  }\n": typeof types.ConfirmOfferingDetailsDocument,
    "\n  mutation UpdateOfferingCapacity($id: ID!, $status: OfferingCapacityStatus!) {\n    updateOfferingCapacity(id: $id, status: $status) { id capacity { status statusLabelJa statusLabelEn confirmedAt } }\n  }\n": typeof types.UpdateOfferingCapacityDocument,
    "\n  mutation SubmitOffering($id: ID!) {\n    submitOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": typeof types.SubmitOfferingDocument,
    "\n  query OfferingForEdit($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      status\n      statusLabelJa\n      statusLabelEn\n      categories\n      coverage\n      languages\n      base { lat lng }\n      price { amountYen unit includes }\n      otherCosts { label amountYen unit }\n      eligibility { certificationRequired careLevels minAge maxAge otherConditions }\n      schedule { day opensAt closesAt }\n      capacity { status }\n      serviceArea { kind municipalityCodes center { lat lng } radiusM polygon }\n      servedMunicipalityCodes\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence evidenceUrl }\n      }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn path }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n": typeof types.OfferingForEditDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) { id status }\n  }\n": typeof types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) { id status }\n  }\n": typeof types.UpdateOfferingDocument,
    "\n  query MyServedAreas {\n    myOrganization {\n      id\n      servedMunicipalities { code name }\n    }\n  }\n": typeof types.MyServedAreasDocument,
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
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      organizationName\n      submittedAt\n      categoryLabels { code labelJa labelEn }\n      price { amountYen unit unitLabelJa unitLabelEn includes }\n      coverageLabelJa\n      coverageLabelEn\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence }\n      }\n      history { action actionLabelJa actionLabelEn at reasons { path messageJa messageEn } }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": types.PublishOfferingDocument,
    "\n  mutation ReturnOffering($id: ID!, $reasons: [ReturnReasonInput!]!) {\n    returnOffering(id: $id, reasons: $reasons) { id status statusLabelJa statusLabelEn }\n  }\n": types.ReturnOfferingDocument,
    "\n  query NeutralityReport($municipalityCode: String!, $from: DateTime!, $to: DateTime!) {\n    neutralityReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      from\n      to\n      topPositions\n      shortlistPositions\n      totalEligible\n      totalTopExposures\n      maxAbsDeviation\n      operators { organizationId organizationName eligibleCount topExposures eligibilityShare exposureShare deviation }\n    }\n  }\n": types.NeutralityReportDocument,
    "\n  query ReferralInbox($limit: Int) {\n    referralInbox(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      statusLabelEn\n      offeringTitle\n      createdAt\n      statusSince\n      responseDueAt\n      reasonCodeLabelJa\n      reasonCodeLabelEn\n      allowedActions\n      allowedActionsLabelJa\n      allowedActionsLabelEn\n      summary { careLevelBandJa careLevelBandEn categories municipalityCode preferredDaysJa preferredDaysEn }\n      disclosedItemsLabelJa\n      disclosedItemsLabelEn\n      detailsWithheldJa\n      detailsWithheldEn\n      details { fullName fullNameKana contactPhone addressText ageBandLabelJa ageBandLabelEn careLevelLabelJa careLevelLabelEn needsNote }\n    }\n  }\n": types.ReferralInboxDocument,
    "\n  subscription ReferralInboxUpdates {\n    referralInboxUpdates { referralId action actionLabelJa actionLabelEn at }\n  }\n": types.ReferralInboxUpdatesDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation RejectReferral($id: ID!, $reasonCode: String) {\n    rejectReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n": types.RejectReferralDocument,
    "\n  mutation HoldReferral($id: ID!, $reasonCode: String) {\n    holdReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n": types.HoldReferralDocument,
    "\n  fragment ImportOutcome on ImportResult {\n    ok\n    dataset { kindLabelJa kindLabelEn rowCount sourceName }\n    errors { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n    report {\n      lenient rowsRead imported skipped csv\n      skippedByReason { code codeLabelJa codeLabelEn rows }\n      skippedRows { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n      notes { file line column code codeLabelJa codeLabelEn messageJa messageEn }\n      files { file rowsRead imported skipped }\n    }\n  }\n": types.ImportOutcomeFragmentDoc,
    "\n  mutation ImportMunicipalities($input: FileInput!) {\n    importMunicipalities(input: $input) { ...ImportOutcome }\n  }\n": types.ImportMunicipalitiesDocument,
    "\n  mutation ImportTownBlockFiles($input: TownBlockFilesInput!) {\n    importTownBlockFiles(input: $input) { ...ImportOutcome }\n  }\n": types.ImportTownBlockFilesDocument,
    "\n  mutation ImportResources($input: ResourceFileInput!) {\n    importResources(input: $input) { ...ImportOutcome }\n  }\n": types.ImportResourcesDocument,
    "\n  mutation ImportBoundaries($input: FileInput!) {\n    importBoundaries(input: $input) { ...ImportOutcome }\n  }\n": types.ImportBoundariesDocument,
    "\n  query AdminTaxonomy {\n    taxonomy(includeInactive: true) {\n      code\n      labelJa\n      labelEn\n      categories { code familyCode labelJa labelEn examplesJa active listingCounts { status statusLabelJa statusLabelEn count } }\n    }\n  }\n": types.AdminTaxonomyDocument,
    "\n  mutation AddTaxonomyCategory($input: AddTaxonomyCategoryInput!) {\n    addTaxonomyCategory(input: $input) { code }\n  }\n": types.AddTaxonomyCategoryDocument,
    "\n  mutation RenameTaxonomyCategory($input: RenameTaxonomyCategoryInput!) {\n    renameTaxonomyCategory(input: $input) { code }\n  }\n": types.RenameTaxonomyCategoryDocument,
    "\n  mutation DeactivateTaxonomyCategory($code: String!) {\n    deactivateTaxonomyCategory(code: $code) { code }\n  }\n": types.DeactivateTaxonomyCategoryDocument,
    "\n  mutation ReactivateTaxonomyCategory($code: String!) {\n    reactivateTaxonomyCategory(code: $code) { code }\n  }\n": types.ReactivateTaxonomyCategoryDocument,
    "\n  query ClassificationRuns($first: Int) {\n    classificationRuns(first: $first) {\n      runId\n      policyLabelJa\n      policyLabelEn\n      levelLabelJa\n      levelLabelEn\n      startedAt\n      finishedAt\n      latest\n      segmentCounts { A B C }\n      datasets { datasetVersionId kindLabelJa kindLabelEn sourceName rowCount importedAt }\n    }\n  }\n": types.ClassificationRunsDocument,
    "\n  mutation ClassifyAreas($input: ClassifyInput) {\n    classifyAreas(input: $input) { runId unitCount segmentChanges }\n  }\n": types.ClassifyAreasDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      alternateName\n      corporateNumber\n      createdAt\n      listingCounts { status statusLabelJa statusLabelEn count }\n      servedMunicipalities { code name }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query JapanAreas {\n    areas { code name prefectureCode classification { segment segmentLabelJa segmentLabelEn } }\n    areaSummary { policyLabelJa policyLabelEn prefectures { prefectureCode prefectureName counts { A B C unclassified } } }\n  }\n": types.JapanAreasDocument,
    "\n  query UnmetDemand($municipalityCode: String, $fromMonth: String, $toMonth: String) {\n    unmetDemand(municipalityCode: $municipalityCode, fromMonth: $fromMonth, toMonth: $toMonth) {\n      minCellCount\n      cells { municipalityCode category month count suppressed }\n      segments { municipalityCode segmentLabelJa segmentLabelEn }\n    }\n  }\n": types.UnmetDemandDocument,
    "\n  query MyOrganization {\n    myOrganization { id name description corporateNumber phone email website complaintDesk { name phone email } }\n  }\n": types.MyOrganizationDocument,
    "\n  mutation RegisterOrganization($input: OrganizationInput!) {\n    registerOrganization(input: $input) { id name corporateNumber }\n  }\n": types.RegisterOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id name corporateNumber }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query MyOfferings {\n    myOfferings {\n      id\n      title\n      status\n      statusLabelJa\n      statusLabelEn\n      detailsConfirmedAt\n      capacity { status statusLabelJa statusLabelEn confirmedAt }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n": types.MyOfferingsDocument,
    "\n  mutation ConfirmOfferingDetails($id: ID!) {\n    confirmOfferingDetails(id: $id) { id detailsConfirmedAt }\n  }\n": types.ConfirmOfferingDetailsDocument,
    "\n  mutation UpdateOfferingCapacity($id: ID!, $status: OfferingCapacityStatus!) {\n    updateOfferingCapacity(id: $id, status: $status) { id capacity { status statusLabelJa statusLabelEn confirmedAt } }\n  }\n": types.UpdateOfferingCapacityDocument,
    "\n  mutation SubmitOffering($id: ID!) {\n    submitOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n": types.SubmitOfferingDocument,
    "\n  query OfferingForEdit($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      status\n      statusLabelJa\n      statusLabelEn\n      categories\n      coverage\n      languages\n      base { lat lng }\n      price { amountYen unit includes }\n      otherCosts { label amountYen unit }\n      eligibility { certificationRequired careLevels minAge maxAge otherConditions }\n      schedule { day opensAt closesAt }\n      capacity { status }\n      serviceArea { kind municipalityCodes center { lat lng } radiusM polygon }\n      servedMunicipalityCodes\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence evidenceUrl }\n      }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn path }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n": types.OfferingForEditDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) { id status }\n  }\n": types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) { id status }\n  }\n": types.UpdateOfferingDocument,
    "\n  query MyServedAreas {\n    myOrganization {\n      id\n      servedMunicipalities { code name }\n    }\n  }\n": types.MyServedAreasDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      organizationName\n      submittedAt\n      categoryLabels { code labelJa labelEn }\n      price { amountYen unit unitLabelJa unitLabelEn includes }\n      coverageLabelJa\n      coverageLabelEn\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence }\n      }\n      history { action actionLabelJa actionLabelEn at reasons { path messageJa messageEn } }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      organizationName\n      submittedAt\n      categoryLabels { code labelJa labelEn }\n      price { amountYen unit unitLabelJa unitLabelEn includes }\n      coverageLabelJa\n      coverageLabelEn\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence }\n      }\n      history { action actionLabelJa actionLabelEn at reasons { path messageJa messageEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation PublishOffering($id: ID!) {\n    publishOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnOffering($id: ID!, $reasons: [ReturnReasonInput!]!) {\n    returnOffering(id: $id, reasons: $reasons) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation ReturnOffering($id: ID!, $reasons: [ReturnReasonInput!]!) {\n    returnOffering(id: $id, reasons: $reasons) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeutralityReport($municipalityCode: String!, $from: DateTime!, $to: DateTime!) {\n    neutralityReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      from\n      to\n      topPositions\n      shortlistPositions\n      totalEligible\n      totalTopExposures\n      maxAbsDeviation\n      operators { organizationId organizationName eligibleCount topExposures eligibilityShare exposureShare deviation }\n    }\n  }\n"): (typeof documents)["\n  query NeutralityReport($municipalityCode: String!, $from: DateTime!, $to: DateTime!) {\n    neutralityReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      from\n      to\n      topPositions\n      shortlistPositions\n      totalEligible\n      totalTopExposures\n      maxAbsDeviation\n      operators { organizationId organizationName eligibleCount topExposures eligibilityShare exposureShare deviation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInbox($limit: Int) {\n    referralInbox(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      statusLabelEn\n      offeringTitle\n      createdAt\n      statusSince\n      responseDueAt\n      reasonCodeLabelJa\n      reasonCodeLabelEn\n      allowedActions\n      allowedActionsLabelJa\n      allowedActionsLabelEn\n      summary { careLevelBandJa careLevelBandEn categories municipalityCode preferredDaysJa preferredDaysEn }\n      disclosedItemsLabelJa\n      disclosedItemsLabelEn\n      detailsWithheldJa\n      detailsWithheldEn\n      details { fullName fullNameKana contactPhone addressText ageBandLabelJa ageBandLabelEn careLevelLabelJa careLevelLabelEn needsNote }\n    }\n  }\n"): (typeof documents)["\n  query ReferralInbox($limit: Int) {\n    referralInbox(limit: $limit) {\n      id\n      status\n      statusLabelJa\n      statusLabelEn\n      offeringTitle\n      createdAt\n      statusSince\n      responseDueAt\n      reasonCodeLabelJa\n      reasonCodeLabelEn\n      allowedActions\n      allowedActionsLabelJa\n      allowedActionsLabelEn\n      summary { careLevelBandJa careLevelBandEn categories municipalityCode preferredDaysJa preferredDaysEn }\n      disclosedItemsLabelJa\n      disclosedItemsLabelEn\n      detailsWithheldJa\n      detailsWithheldEn\n      details { fullName fullNameKana contactPhone addressText ageBandLabelJa ageBandLabelEn careLevelLabelJa careLevelLabelEn needsNote }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralInboxUpdates {\n    referralInboxUpdates { referralId action actionLabelJa actionLabelEn at }\n  }\n"): (typeof documents)["\n  subscription ReferralInboxUpdates {\n    referralInboxUpdates { referralId action actionLabelJa actionLabelEn at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferral($id: ID!, $reasonCode: String) {\n    rejectReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation RejectReferral($id: ID!, $reasonCode: String) {\n    rejectReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldReferral($id: ID!, $reasonCode: String) {\n    holdReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation HoldReferral($id: ID!, $reasonCode: String) {\n    holdReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportOutcome on ImportResult {\n    ok\n    dataset { kindLabelJa kindLabelEn rowCount sourceName }\n    errors { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n    report {\n      lenient rowsRead imported skipped csv\n      skippedByReason { code codeLabelJa codeLabelEn rows }\n      skippedRows { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n      notes { file line column code codeLabelJa codeLabelEn messageJa messageEn }\n      files { file rowsRead imported skipped }\n    }\n  }\n"): (typeof documents)["\n  fragment ImportOutcome on ImportResult {\n    ok\n    dataset { kindLabelJa kindLabelEn rowCount sourceName }\n    errors { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n    report {\n      lenient rowsRead imported skipped csv\n      skippedByReason { code codeLabelJa codeLabelEn rows }\n      skippedRows { file line column value codeLabelJa codeLabelEn messageJa messageEn }\n      notes { file line column code codeLabelJa codeLabelEn messageJa messageEn }\n      files { file rowsRead imported skipped }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMunicipalities($input: FileInput!) {\n    importMunicipalities(input: $input) { ...ImportOutcome }\n  }\n"): (typeof documents)["\n  mutation ImportMunicipalities($input: FileInput!) {\n    importMunicipalities(input: $input) { ...ImportOutcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTownBlockFiles($input: TownBlockFilesInput!) {\n    importTownBlockFiles(input: $input) { ...ImportOutcome }\n  }\n"): (typeof documents)["\n  mutation ImportTownBlockFiles($input: TownBlockFilesInput!) {\n    importTownBlockFiles(input: $input) { ...ImportOutcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportResources($input: ResourceFileInput!) {\n    importResources(input: $input) { ...ImportOutcome }\n  }\n"): (typeof documents)["\n  mutation ImportResources($input: ResourceFileInput!) {\n    importResources(input: $input) { ...ImportOutcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBoundaries($input: FileInput!) {\n    importBoundaries(input: $input) { ...ImportOutcome }\n  }\n"): (typeof documents)["\n  mutation ImportBoundaries($input: FileInput!) {\n    importBoundaries(input: $input) { ...ImportOutcome }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTaxonomy {\n    taxonomy(includeInactive: true) {\n      code\n      labelJa\n      labelEn\n      categories { code familyCode labelJa labelEn examplesJa active listingCounts { status statusLabelJa statusLabelEn count } }\n    }\n  }\n"): (typeof documents)["\n  query AdminTaxonomy {\n    taxonomy(includeInactive: true) {\n      code\n      labelJa\n      labelEn\n      categories { code familyCode labelJa labelEn examplesJa active listingCounts { status statusLabelJa statusLabelEn count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaxonomyCategory($input: AddTaxonomyCategoryInput!) {\n    addTaxonomyCategory(input: $input) { code }\n  }\n"): (typeof documents)["\n  mutation AddTaxonomyCategory($input: AddTaxonomyCategoryInput!) {\n    addTaxonomyCategory(input: $input) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTaxonomyCategory($input: RenameTaxonomyCategoryInput!) {\n    renameTaxonomyCategory(input: $input) { code }\n  }\n"): (typeof documents)["\n  mutation RenameTaxonomyCategory($input: RenameTaxonomyCategoryInput!) {\n    renameTaxonomyCategory(input: $input) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateTaxonomyCategory($code: String!) {\n    deactivateTaxonomyCategory(code: $code) { code }\n  }\n"): (typeof documents)["\n  mutation DeactivateTaxonomyCategory($code: String!) {\n    deactivateTaxonomyCategory(code: $code) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTaxonomyCategory($code: String!) {\n    reactivateTaxonomyCategory(code: $code) { code }\n  }\n"): (typeof documents)["\n  mutation ReactivateTaxonomyCategory($code: String!) {\n    reactivateTaxonomyCategory(code: $code) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassificationRuns($first: Int) {\n    classificationRuns(first: $first) {\n      runId\n      policyLabelJa\n      policyLabelEn\n      levelLabelJa\n      levelLabelEn\n      startedAt\n      finishedAt\n      latest\n      segmentCounts { A B C }\n      datasets { datasetVersionId kindLabelJa kindLabelEn sourceName rowCount importedAt }\n    }\n  }\n"): (typeof documents)["\n  query ClassificationRuns($first: Int) {\n    classificationRuns(first: $first) {\n      runId\n      policyLabelJa\n      policyLabelEn\n      levelLabelJa\n      levelLabelEn\n      startedAt\n      finishedAt\n      latest\n      segmentCounts { A B C }\n      datasets { datasetVersionId kindLabelJa kindLabelEn sourceName rowCount importedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyAreas($input: ClassifyInput) {\n    classifyAreas(input: $input) { runId unitCount segmentChanges }\n  }\n"): (typeof documents)["\n  mutation ClassifyAreas($input: ClassifyInput) {\n    classifyAreas(input: $input) { runId unitCount segmentChanges }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      alternateName\n      corporateNumber\n      createdAt\n      listingCounts { status statusLabelJa statusLabelEn count }\n      servedMunicipalities { code name }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      alternateName\n      corporateNumber\n      createdAt\n      listingCounts { status statusLabelJa statusLabelEn count }\n      servedMunicipalities { code name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JapanAreas {\n    areas { code name prefectureCode classification { segment segmentLabelJa segmentLabelEn } }\n    areaSummary { policyLabelJa policyLabelEn prefectures { prefectureCode prefectureName counts { A B C unclassified } } }\n  }\n"): (typeof documents)["\n  query JapanAreas {\n    areas { code name prefectureCode classification { segment segmentLabelJa segmentLabelEn } }\n    areaSummary { policyLabelJa policyLabelEn prefectures { prefectureCode prefectureName counts { A B C unclassified } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmetDemand($municipalityCode: String, $fromMonth: String, $toMonth: String) {\n    unmetDemand(municipalityCode: $municipalityCode, fromMonth: $fromMonth, toMonth: $toMonth) {\n      minCellCount\n      cells { municipalityCode category month count suppressed }\n      segments { municipalityCode segmentLabelJa segmentLabelEn }\n    }\n  }\n"): (typeof documents)["\n  query UnmetDemand($municipalityCode: String, $fromMonth: String, $toMonth: String) {\n    unmetDemand(municipalityCode: $municipalityCode, fromMonth: $fromMonth, toMonth: $toMonth) {\n      minCellCount\n      cells { municipalityCode category month count suppressed }\n      segments { municipalityCode segmentLabelJa segmentLabelEn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization {\n    myOrganization { id name description corporateNumber phone email website complaintDesk { name phone email } }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    myOrganization { id name description corporateNumber phone email website complaintDesk { name phone email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganization($input: OrganizationInput!) {\n    registerOrganization(input: $input) { id name corporateNumber }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganization($input: OrganizationInput!) {\n    registerOrganization(input: $input) { id name corporateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id name corporateNumber }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id name corporateNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOfferings {\n    myOfferings {\n      id\n      title\n      status\n      statusLabelJa\n      statusLabelEn\n      detailsConfirmedAt\n      capacity { status statusLabelJa statusLabelEn confirmedAt }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n"): (typeof documents)["\n  query MyOfferings {\n    myOfferings {\n      id\n      title\n      status\n      statusLabelJa\n      statusLabelEn\n      detailsConfirmedAt\n      capacity { status statusLabelJa statusLabelEn confirmedAt }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOfferingDetails($id: ID!) {\n    confirmOfferingDetails(id: $id) { id detailsConfirmedAt }\n  }\n"): (typeof documents)["\n  mutation ConfirmOfferingDetails($id: ID!) {\n    confirmOfferingDetails(id: $id) { id detailsConfirmedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfferingCapacity($id: ID!, $status: OfferingCapacityStatus!) {\n    updateOfferingCapacity(id: $id, status: $status) { id capacity { status statusLabelJa statusLabelEn confirmedAt } }\n  }\n"): (typeof documents)["\n  mutation UpdateOfferingCapacity($id: ID!, $status: OfferingCapacityStatus!) {\n    updateOfferingCapacity(id: $id, status: $status) { id capacity { status statusLabelJa statusLabelEn confirmedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOffering($id: ID!) {\n    submitOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"): (typeof documents)["\n  mutation SubmitOffering($id: ID!) {\n    submitOffering(id: $id) { id status statusLabelJa statusLabelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingForEdit($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      status\n      statusLabelJa\n      statusLabelEn\n      categories\n      coverage\n      languages\n      base { lat lng }\n      price { amountYen unit includes }\n      otherCosts { label amountYen unit }\n      eligibility { certificationRequired careLevels minAge maxAge otherConditions }\n      schedule { day opensAt closesAt }\n      capacity { status }\n      serviceArea { kind municipalityCodes center { lat lng } radiusM polygon }\n      servedMunicipalityCodes\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence evidenceUrl }\n      }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn path }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n"): (typeof documents)["\n  query OfferingForEdit($id: ID!) {\n    offering(id: $id) {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      status\n      statusLabelJa\n      statusLabelEn\n      categories\n      coverage\n      languages\n      base { lat lng }\n      price { amountYen unit includes }\n      otherCosts { label amountYen unit }\n      eligibility { certificationRequired careLevels minAge maxAge otherConditions }\n      schedule { day opensAt closesAt }\n      capacity { status }\n      serviceArea { kind municipalityCodes center { lat lng } radiusM polygon }\n      servedMunicipalityCodes\n      disclosure {\n        cancellationTerms\n        staffQualifications\n        complaintDesk { name phone email }\n        liabilityInsurance { enrolled insurer coverageSummary }\n        effectClaim { claimed claim evidence evidenceUrl }\n      }\n      missingDisclosure { key labelJa labelEn reasonJa reasonEn path }\n      history { action at reasons { path messageJa messageEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {\n    updateOffering(id: $id, input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServedAreas {\n    myOrganization {\n      id\n      servedMunicipalities { code name }\n    }\n  }\n"): (typeof documents)["\n  query MyServedAreas {\n    myOrganization {\n      id\n      servedMunicipalities { code name }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;