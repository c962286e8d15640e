// Every GraphQL operation the web app sends. GraphQL Code Generator (codegen.yml) reads this file
// against the committed supergraph and writes typed documents to ../gql.
import { graphql } from '../gql';

export const TaxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      code
      labelJa
      labelEn
      categories { code labelJa labelEn examplesJa benefits }
    }
  }
`);

export const PrefecturesQuery = graphql(`
  query Prefectures {
    areaSummary { prefectures { prefectureCode prefectureName } }
  }
`);

export const MunicipalitiesQuery = graphql(`
  query Municipalities($prefectureCode: String!) {
    areas(prefectureCode: $prefectureCode) { code name prefectureCode }
  }
`);

export const HelpRequestsQuery = graphql(`
  query HelpRequests($limit: Int) {
    helpRequests(limit: $limit) {
      id
      status
      statusLabelJa
      createdAt
      needs
      municipalityCode
      ageBand
      careLevelBand
      filedByRole
      referrals { id status statusLabelJa statusLabelEn organizationName offeringTitle responseDueAt statusSince }
    }
  }
`);

export const HelpRequestQuery = graphql(`
  query HelpRequest($id: ID!) {
    helpRequest(id: $id) {
      id
      status
      statusLabelJa
      createdAt
      needs
      municipalityCode
      lat
      lng
      ageBand
      careLevelBand
      livingSituation
      filedByRole
      preferences { budgetYen coverage preferredDays }
      shortlist {
        id
        round
        generatedAt
        disclaimerJa
        disclaimerEn
        uncoveredNeeds
        topPositions
        entries {
          offeringId
          position
          title
          organizationName
          organizationId
          priceYen
          priceUnit
          coverage
          capacity
          categories
          placementJa
          placementEn
          criteriaMet { code ja en passed }
          notes { code ja en passed }
        }
      }
      consents { id purpose givenBy givenByName obtainedAt dataItems recipientOrganizationIds recipientCategories withdrawnAt }
      referrals {
        id
        status
        statusLabelJa
        statusLabelEn
        offeringId
        offeringTitle
        organizationName
        responseDueAt
        statusSince
        reasonCode
        consentId
        history { action to toLabelJa at }
      }
      nextCandidates(limit: 3) { offeringId organizationId title organizationName priceYen priceUnit placementJa placementEn }
      notices { kind messageJa messageEn createdAt referralId }
    }
  }
`);

export const OfferingDetailsQuery = graphql(`
  query OfferingDetails($id: ID!) {
    offering(id: $id) {
      id
      title
      description
      base { lat lng }
      schedule { day opensAt closesAt }
      price { amountYen unit includes }
      disclosure {
        cancellationTerms
        staffQualifications
        complaintDesk { name phone email }
        liabilityInsurance { enrolled insurer }
        effectClaim { claimed claim evidence }
      }
    }
  }
`);

export const FileHelpRequestMutation = graphql(`
  mutation FileHelpRequest($input: FileHelpRequestInput!) {
    fileHelpRequest(input: $input) { id status }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { id }
  }
`);

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) { id status statusLabelJa }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($consentId: ID!, $reason: String) {
    withdrawConsent(consentId: $consentId, reason: $reason) { id withdrawnAt }
  }
`);

export const ReferralStatusSubscription = graphql(`
  subscription ReferralStatusChanged($requestId: ID!) {
    referralStatusChanged(requestId: $requestId) {
      referralId
      action
      to
      toLabelJa
      toLabelEn
      at
    }
  }
`);

export const LabelsQuery = graphql(`
  query Labels($kinds: [String!]) {
    labels(kinds: $kinds) {
      kind
      labels { code labelJa labelEn descriptionJa descriptionEn }
    }
  }
`);

export const TownBlocksQuery = graphql(`
  query TownBlocks($municipalityCode: String!, $query: String, $first: Int) {
    townBlocks(municipalityCode: $municipalityCode, query: $query, first: $first) { code name municipalityCode lat lng }
  }
`);

export const ConsentTextQuery = graphql(`
  query ConsentText($purpose: String!) {
    consentText(purpose: $purpose) { version titleJa titleEn bodyJa bodyEn }
  }
`);

// ── Part 2: municipal staff's area dashboard (maps of market viability) ──

export const AreaMapQuery = graphql(`
  query AreaMap($prefectureCode: String!) {
    areas(prefectureCode: $prefectureCode) {
      code
      name
      population
      pop75plus
      areaKm2
      classification {
        segment
        segmentLabelJa
        segmentLabelEn
        tier
        tierLabelJa
        tierLabelEn
        densityPerKm2
        sufficiencyPercent
        estimated
        estimationNotesJa
        estimationNotesEn
        provenanceJa
        provenanceEn
        uncoveredBlockCount
        recommendedModel { titleJa titleEn measuresJa measuresEn }
      }
    }
  }
`);

export const MunicipalityMapQuery = graphql(`
  query MunicipalityMap($code: String!) {
    municipalityMap(code: $code) {
      code
      name
      bbox
      radiusM
      policyLabelJa
      policyLabelEn
      townBlocks { id name lat lng covered elderly75Estimate }
      shops { id name category categoryLabelJa categoryLabelEn lat lng counted }
    }
  }
`);

export const WhatIfQuery = graphql(`
  query WhatIf($input: WhatIfInput!) {
    whatIf(input: $input) {
      municipalities {
        code
        name
        segmentChanged
        before { segment segmentLabelJa segmentLabelEn sufficiencyPercent }
        after { segment segmentLabelJa segmentLabelEn sufficiencyPercent }
        newlyCoveredBlocks { id }
        newlyUncoveredBlocks { id }
      }
      notes { path messageJa messageEn }
    }
  }
`);

// ── Part 2: municipal staff's review queue ──

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      id
      title
      description
      organizationName
      submittedAt
      categoryLabels { code labelJa labelEn }
      price { amountYen unit unitLabelJa unitLabelEn includes }
      coverageLabelJa
      coverageLabelEn
      disclosure {
        cancellationTerms
        staffQualifications
        complaintDesk { name phone email }
        liabilityInsurance { enrolled insurer coverageSummary }
        effectClaim { claimed claim evidence }
      }
      history { action actionLabelJa actionLabelEn at reasons { path messageJa messageEn } }
    }
  }
`);

export const PublishOfferingMutation = graphql(`
  mutation PublishOffering($id: ID!) {
    publishOffering(id: $id) { id status statusLabelJa statusLabelEn }
  }
`);

export const ReturnOfferingMutation = graphql(`
  mutation ReturnOffering($id: ID!, $reasons: [ReturnReasonInput!]!) {
    returnOffering(id: $id, reasons: $reasons) { id status statusLabelJa statusLabelEn }
  }
`);

// ── Part 2: neutrality report ──

export const NeutralityReportQuery = graphql(`
  query NeutralityReport($municipalityCode: String!, $from: DateTime!, $to: DateTime!) {
    neutralityReport(municipalityCode: $municipalityCode, from: $from, to: $to) {
      from
      to
      topPositions
      shortlistPositions
      totalEligible
      totalTopExposures
      maxAbsDeviation
      operators { organizationId organizationName eligibleCount topExposures eligibilityShare exposureShare deviation }
    }
  }
`);

// ── Part 2: operator's referral inbox ──

export const ReferralInboxQuery = graphql(`
  query ReferralInbox($limit: Int) {
    referralInbox(limit: $limit) {
      id
      status
      statusLabelJa
      statusLabelEn
      offeringTitle
      createdAt
      statusSince
      responseDueAt
      reasonCodeLabelJa
      reasonCodeLabelEn
      allowedActions
      allowedActionsLabelJa
      allowedActionsLabelEn
      summary { careLevelBandJa careLevelBandEn categories municipalityCode preferredDaysJa preferredDaysEn }
      disclosedItemsLabelJa
      disclosedItemsLabelEn
      detailsWithheldJa
      detailsWithheldEn
      details { fullName fullNameKana contactPhone addressText ageBandLabelJa ageBandLabelEn careLevelLabelJa careLevelLabelEn needsNote }
    }
  }
`);

export const ReferralInboxUpdatesSubscription = graphql(`
  subscription ReferralInboxUpdates {
    referralInboxUpdates { referralId action actionLabelJa actionLabelEn at }
  }
`);

export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($id: ID!) {
    acceptReferral(id: $id) { id status statusLabelJa statusLabelEn }
  }
`);

export const RejectReferralMutation = graphql(`
  mutation RejectReferral($id: ID!, $reasonCode: String) {
    rejectReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }
  }
`);

export const HoldReferralMutation = graphql(`
  mutation HoldReferral($id: ID!, $reasonCode: String) {
    holdReferral(id: $id, reasonCode: $reasonCode) { id status statusLabelJa statusLabelEn }
  }
`);

// ── Part 2: admin's dataset imports ──

// What every import answers: the dataset, a refusal's problems, and (municipalities and town
// blocks) the report of a lenient import — counts, skipped rows, code changes, the CSV.
export const ImportOutcomeFragment = graphql(`
  fragment ImportOutcome on ImportResult {
    ok
    dataset { kindLabelJa kindLabelEn rowCount sourceName }
    errors { file line column value codeLabelJa codeLabelEn messageJa messageEn }
    report {
      lenient rowsRead imported skipped csv
      skippedByReason { code codeLabelJa codeLabelEn rows }
      skippedRows { file line column value codeLabelJa codeLabelEn messageJa messageEn }
      notes { file line column code codeLabelJa codeLabelEn messageJa messageEn }
      files { file rowsRead imported skipped }
    }
  }
`);

export const ImportMunicipalitiesMutation = graphql(`
  mutation ImportMunicipalities($input: FileInput!) {
    importMunicipalities(input: $input) { ...ImportOutcome }
  }
`);

export const ImportTownBlockFilesMutation = graphql(`
  mutation ImportTownBlockFiles($input: TownBlockFilesInput!) {
    importTownBlockFiles(input: $input) { ...ImportOutcome }
  }
`);

export const ImportResourcesMutation = graphql(`
  mutation ImportResources($input: ResourceFileInput!) {
    importResources(input: $input) { ...ImportOutcome }
  }
`);

export const ImportBoundariesMutation = graphql(`
  mutation ImportBoundaries($input: FileInput!) {
    importBoundaries(input: $input) { ...ImportOutcome }
  }
`);

// ── Admin: taxonomy, classification runs, organisations ──

export const AdminTaxonomyQuery = graphql(`
  query AdminTaxonomy {
    taxonomy(includeInactive: true) {
      code
      labelJa
      labelEn
      categories { code familyCode labelJa labelEn examplesJa active listingCounts { status statusLabelJa statusLabelEn count } }
    }
  }
`);

// The page reads the taxonomy again after each change (AdminTaxonomy), so a change returns little.
export const AddTaxonomyCategoryMutation = graphql(`
  mutation AddTaxonomyCategory($input: AddTaxonomyCategoryInput!) {
    addTaxonomyCategory(input: $input) { code }
  }
`);

export const RenameTaxonomyCategoryMutation = graphql(`
  mutation RenameTaxonomyCategory($input: RenameTaxonomyCategoryInput!) {
    renameTaxonomyCategory(input: $input) { code }
  }
`);

export const DeactivateTaxonomyCategoryMutation = graphql(`
  mutation DeactivateTaxonomyCategory($code: String!) {
    deactivateTaxonomyCategory(code: $code) { code }
  }
`);

export const ReactivateTaxonomyCategoryMutation = graphql(`
  mutation ReactivateTaxonomyCategory($code: String!) {
    reactivateTaxonomyCategory(code: $code) { code }
  }
`);

export const ClassificationRunsQuery = graphql(`
  query ClassificationRuns($first: Int) {
    classificationRuns(first: $first) {
      runId
      policyLabelJa
      policyLabelEn
      levelLabelJa
      levelLabelEn
      startedAt
      finishedAt
      latest
      segmentCounts { A B C }
      datasets { datasetVersionId kindLabelJa kindLabelEn sourceName rowCount importedAt }
    }
  }
`);

export const ClassifyAreasMutation = graphql(`
  mutation ClassifyAreas($input: ClassifyInput) {
    classifyAreas(input: $input) { runId unitCount segmentChanges }
  }
`);

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations {
    organizations {
      id
      name
      alternateName
      corporateNumber
      createdAt
      listingCounts { status statusLabelJa statusLabelEn count }
      servedMunicipalities { code name }
    }
  }
`);

// ── The map of Japan (admin and municipal staff) ──

export const JapanAreasQuery = graphql(`
  query JapanAreas {
    areas { code name prefectureCode classification { segment segmentLabelJa segmentLabelEn } }
    areaSummary { policyLabelJa policyLabelEn prefectures { prefectureCode prefectureName counts { A B C unclassified } } }
  }
`);

// ── Part 2: unmet demand (operators: all municipalities; municipal staff: their own) ──

export const UnmetDemandQuery = graphql(`
  query UnmetDemand($municipalityCode: String, $fromMonth: String, $toMonth: String) {
    unmetDemand(municipalityCode: $municipalityCode, fromMonth: $fromMonth, toMonth: $toMonth) {
      minCellCount
      cells { municipalityCode category month count suppressed }
      segments { municipalityCode segmentLabelJa segmentLabelEn }
    }
  }
`);

// ── Part 2: operator's organisation ──

export const MyOrganizationQuery = graphql(`
  query MyOrganization {
    myOrganization { id name description corporateNumber phone email website complaintDesk { name phone email } }
  }
`);

export const RegisterOrganizationMutation = graphql(`
  mutation RegisterOrganization($input: OrganizationInput!) {
    registerOrganization(input: $input) { id name corporateNumber }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) { id name corporateNumber }
  }
`);

// ── Part 2: operator's listings ──

export const MyOfferingsQuery = graphql(`
  query MyOfferings {
    myOfferings {
      id
      title
      status
      statusLabelJa
      statusLabelEn
      detailsConfirmedAt
      capacity { status statusLabelJa statusLabelEn confirmedAt }
      missingDisclosure { key labelJa labelEn reasonJa reasonEn }
      history { action at reasons { path messageJa messageEn } }
    }
  }
`);

export const ConfirmOfferingDetailsMutation = graphql(`
  mutation ConfirmOfferingDetails($id: ID!) {
    confirmOfferingDetails(id: $id) { id detailsConfirmedAt }
  }
`);

export const UpdateOfferingCapacityMutation = graphql(`
  mutation UpdateOfferingCapacity($id: ID!, $status: OfferingCapacityStatus!) {
    updateOfferingCapacity(id: $id, status: $status) { id capacity { status statusLabelJa statusLabelEn confirmedAt } }
  }
`);

export const SubmitOfferingMutation = graphql(`
  mutation SubmitOffering($id: ID!) {
    submitOffering(id: $id) { id status statusLabelJa statusLabelEn }
  }
`);

// ── Operator's offering editor (issue 11, part "Operator") ──

export const OfferingForEditQuery = graphql(`
  query OfferingForEdit($id: ID!) {
    offering(id: $id) {
      id
      title
      titleEn
      description
      descriptionEn
      status
      statusLabelJa
      statusLabelEn
      categories
      coverage
      languages
      base { lat lng }
      price { amountYen unit includes }
      otherCosts { label amountYen unit }
      eligibility { certificationRequired careLevels minAge maxAge otherConditions }
      schedule { day opensAt closesAt }
      capacity { status }
      serviceArea { kind municipalityCodes center { lat lng } radiusM polygon }
      servedMunicipalityCodes
      disclosure {
        cancellationTerms
        staffQualifications
        complaintDesk { name phone email }
        liabilityInsurance { enrolled insurer coverageSummary }
        effectClaim { claimed claim evidence evidenceUrl }
      }
      missingDisclosure { key labelJa labelEn reasonJa reasonEn path }
      history { action at reasons { path messageJa messageEn } }
    }
  }
`);

export const CreateOfferingMutation = graphql(`
  mutation CreateOffering($input: OfferingInput!) {
    createOffering(input: $input) { id status }
  }
`);

export const UpdateOfferingMutation = graphql(`
  mutation UpdateOffering($id: ID!, $input: OfferingInput!) {
    updateOffering(id: $id, input: $input) { id status }
  }
`);

// ── The operator's service areas on the market-viability map ──

export const MyServedAreasQuery = graphql(`
  query MyServedAreas {
    myOrganization {
      id
      servedMunicipalities { code name }
    }
  }
`);
