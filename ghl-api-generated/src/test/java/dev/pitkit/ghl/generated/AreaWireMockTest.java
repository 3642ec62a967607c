package dev.pitkit.ghl.generated;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertJsonBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertNoBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertRequestLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.AgentStudioApi;
import dev.pitkit.ghl.api.AffiliateManagerApi;
import dev.pitkit.ghl.api.AssociationsApi;
import dev.pitkit.ghl.api.BlogsApi;
import dev.pitkit.ghl.api.BrandBoardsApi;
import dev.pitkit.ghl.api.BusinessesApi;
import dev.pitkit.ghl.api.CalendarsApi;
import dev.pitkit.ghl.api.CampaignsApi;
import dev.pitkit.ghl.api.CompaniesApi;
import dev.pitkit.ghl.api.ConnectionsApi;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.ConversationAiApi;
import dev.pitkit.ghl.api.ConversationsApi;
import dev.pitkit.ghl.api.CoursesApi;
import dev.pitkit.ghl.api.CustomFieldsApi;
import dev.pitkit.ghl.api.CustomMenusApi;
import dev.pitkit.ghl.api.CustomValuesApi;
import dev.pitkit.ghl.api.EmailsApi;
import dev.pitkit.ghl.api.FacebookAdsApi;
import dev.pitkit.ghl.api.EmailVerificationApi;
import dev.pitkit.ghl.api.FormsApi;
import dev.pitkit.ghl.api.FunnelsApi;
import dev.pitkit.ghl.api.GoogleAdsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.api.InvoiceEstimatesApi;
import dev.pitkit.ghl.api.KnowledgeBaseApi;
import dev.pitkit.ghl.api.LinkedInAdsApi;
import dev.pitkit.ghl.api.LinksApi;
import dev.pitkit.ghl.api.LocationTasksApi;
import dev.pitkit.ghl.api.LocationTemplatesApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.api.MarketplaceApi;
import dev.pitkit.ghl.api.MediasApi;
import dev.pitkit.ghl.api.ObjectCustomFieldsApi;
import dev.pitkit.ghl.api.ObjectsApi;
import dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams;
import dev.pitkit.ghl.api.PaymentCouponsApi;
import dev.pitkit.ghl.api.PaymentCustomProvidersApi;
import dev.pitkit.ghl.api.PaymentsApi;
import dev.pitkit.ghl.api.PaymentsApi.ListOrdersQueryParams;
import dev.pitkit.ghl.api.PaymentsApi.ListSubscriptionsQueryParams;
import dev.pitkit.ghl.api.PaymentsApi.ListTransactionsQueryParams;
import dev.pitkit.ghl.api.ProductCollectionsApi;
import dev.pitkit.ghl.api.ProductPricesApi;
import dev.pitkit.ghl.api.ProductReviewsApi;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.api.ProductsApi;
import dev.pitkit.ghl.api.ProposalsApi;
import dev.pitkit.ghl.api.PhoneSystemApi;
import dev.pitkit.ghl.api.SaasApi;
import dev.pitkit.ghl.api.SnapshotsApi;
import dev.pitkit.ghl.api.SocialMediaOauthApi;
import dev.pitkit.ghl.api.SocialMediaPostingApi;
import dev.pitkit.ghl.api.StoreApi;
import dev.pitkit.ghl.api.SurveysApi;
import dev.pitkit.ghl.api.TagsApi;
import dev.pitkit.ghl.api.UsersApi;
import dev.pitkit.ghl.api.VoiceAiApi;
import dev.pitkit.ghl.api.WorkflowsApi;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import dev.pitkit.ghl.generated.support.SpecStubs;
import dev.pitkit.ghl.generated.support.TestClients;
import dev.pitkit.ghl.model.AltType;
import dev.pitkit.ghl.model.BlogPostCreateRequest;
import dev.pitkit.ghl.model.BlogPostUpdateRequest;
import dev.pitkit.ghl.model.AssociationCreateRequest;
import dev.pitkit.ghl.model.AssociationRelationCreateRequest;
import dev.pitkit.ghl.model.AssociationUpdateRequest;
import dev.pitkit.ghl.model.BrandBoardColor;
import dev.pitkit.ghl.model.BrandBoardCreateRequest;
import dev.pitkit.ghl.model.BrandBoardUpdateRequest;
import dev.pitkit.ghl.model.AgentStudioAgentCreateRequest;
import dev.pitkit.ghl.model.AgentStudioAgentExecuteRequest;
import dev.pitkit.ghl.model.AgentStudioAgentPublishRequest;
import dev.pitkit.ghl.model.AgentStudioAgentUpdateRequest;
import dev.pitkit.ghl.model.AgentStudioAgentVersionUpdateRequest;
import dev.pitkit.ghl.model.MarketplaceAppUninstallRequest;
import dev.pitkit.ghl.model.MarketplaceExternalAuthMigrationRequest;
import dev.pitkit.ghl.model.SaasBulkDisableRequest;
import dev.pitkit.ghl.model.SaasBulkEnableActionPayload;
import dev.pitkit.ghl.model.SaasBulkEnableRequest;
import dev.pitkit.ghl.model.SaasEnableRequest;
import dev.pitkit.ghl.model.SaasPauseRequest;
import dev.pitkit.ghl.model.SaasRebillingUpdateRequest;
import dev.pitkit.ghl.model.SaasRebillingUpdateRequestConfig;
import dev.pitkit.ghl.model.SaasSubscriptionUpdateRequest;
import dev.pitkit.ghl.model.EmailVerificationRequest;
import dev.pitkit.ghl.model.PhoneNumberPurchaseRequest;
import dev.pitkit.ghl.model.BusinessCreateRequest;
import dev.pitkit.ghl.model.BusinessUpdateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentCreateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentNoteCreateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentNoteUpdateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentUpdateRequest;
import dev.pitkit.ghl.model.CalendarBlockSlotCreateRequest;
import dev.pitkit.ghl.model.CalendarBlockSlotUpdateRequest;
import dev.pitkit.ghl.model.CalendarCreateRequest;
import dev.pitkit.ghl.model.CalendarEventNotificationCreateRequest;
import dev.pitkit.ghl.model.CalendarEventNotificationSchedule;
import dev.pitkit.ghl.model.CalendarEventNotificationUpdateRequest;
import dev.pitkit.ghl.model.CalendarFreeSlotsResponse;
import dev.pitkit.ghl.model.CalendarGroupCreateRequest;
import dev.pitkit.ghl.model.CalendarGroupSlugValidateRequest;
import dev.pitkit.ghl.model.CalendarGroupStatusUpdateRequest;
import dev.pitkit.ghl.model.CalendarGroupUpdateRequest;
import dev.pitkit.ghl.model.CalendarResource;
import dev.pitkit.ghl.model.CalendarResourceCreateRequest;
import dev.pitkit.ghl.model.CalendarResourceUpdateRequest;
import dev.pitkit.ghl.model.CalendarScheduleCreateRequest;
import dev.pitkit.ghl.model.CalendarScheduleInterval;
import dev.pitkit.ghl.model.CalendarScheduleRule;
import dev.pitkit.ghl.model.CalendarScheduleUpdateRequest;
import dev.pitkit.ghl.model.CalendarTeamMemberInput;
import dev.pitkit.ghl.model.CalendarUpdateRequest;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.ContactBusinessBulkUpdateRequest;
import dev.pitkit.ghl.model.ContactCampaignAddRequest;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactFollowersRequest;
import dev.pitkit.ghl.model.ContactNoteCreateRequest;
import dev.pitkit.ghl.model.ContactNoteUpdateRequest;
import dev.pitkit.ghl.model.ContactSearchFilter;
import dev.pitkit.ghl.model.ContactSearchRequest;
import dev.pitkit.ghl.model.ContactSearchSort;
import dev.pitkit.ghl.model.ContactTagsBulkUpdateRequest;
import dev.pitkit.ghl.model.ContactTagsRequest;
import dev.pitkit.ghl.model.ContactTaskCompletedUpdateRequest;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.model.ContactTaskUpdateRequest;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import dev.pitkit.ghl.model.ContactUpsertRequest;
import dev.pitkit.ghl.model.ContactWorkflowRequest;
import dev.pitkit.ghl.model.ConversationAiAgentActionCreateRequest;
import dev.pitkit.ghl.model.ConversationAiAgentActionDetails;
import dev.pitkit.ghl.model.ConversationAiAgentCreateRequest;
import dev.pitkit.ghl.model.ConversationAiAgentFollowupSettings;
import dev.pitkit.ghl.model.ConversationAiAgentFollowupSettingsUpdateRequest;
import dev.pitkit.ghl.model.ConversationAiAgentUpdateRequest;
import dev.pitkit.ghl.model.ConversationCreateRequest;
import dev.pitkit.ghl.model.CourseCategory;
import dev.pitkit.ghl.model.CourseImportRequest;
import dev.pitkit.ghl.model.CourseProduct;
import dev.pitkit.ghl.model.CustomFieldCreateRequest;
import dev.pitkit.ghl.model.CustomFieldUpdateRequest;
import dev.pitkit.ghl.model.CustomMenuCreateRequest;
import dev.pitkit.ghl.model.CustomMenuIconCreate;
import dev.pitkit.ghl.model.CustomMenuUpdateRequest;
import dev.pitkit.ghl.model.CustomValueCreateRequest;
import dev.pitkit.ghl.model.CustomValueUpdateRequest;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoiceAutoPaymentDetails;
import dev.pitkit.ghl.model.InvoiceBusinessDetails;
import dev.pitkit.ghl.model.InvoiceContactDetails;
import dev.pitkit.ghl.model.InvoiceCreateRequest;
import dev.pitkit.ghl.model.InvoiceDiscount;
import dev.pitkit.ghl.model.InvoiceEstimateCreateRequest;
import dev.pitkit.ghl.model.InvoiceEstimateDeleteRequest;
import dev.pitkit.ghl.model.InvoiceEstimateFrequencySettings;
import dev.pitkit.ghl.model.InvoiceEstimateItemInput;
import dev.pitkit.ghl.model.InvoiceEstimateLastVisitedAtUpdateRequest;
import dev.pitkit.ghl.model.InvoiceEstimateSendRequest;
import dev.pitkit.ghl.model.InvoiceEstimateTemplateCreateRequest;
import dev.pitkit.ghl.model.InvoiceEstimateTemplateUpdateRequest;
import dev.pitkit.ghl.model.InvoiceEstimateUpdateRequest;
import dev.pitkit.ghl.model.InvoiceFromEstimateCreateRequest;
import dev.pitkit.ghl.model.InvoiceItemInput;
import dev.pitkit.ghl.model.InvoiceLastVisitedAtUpdateRequest;
import dev.pitkit.ghl.model.InvoiceLateFeesConfiguration;
import dev.pitkit.ghl.model.InvoiceLateFeesConfigurationUpdateRequest;
import dev.pitkit.ghl.model.InvoiceLateFeesFrequency;
import dev.pitkit.ghl.model.InvoicePaymentMethods;
import dev.pitkit.ghl.model.InvoicePaymentMethodsConfigurationUpdateRequest;
import dev.pitkit.ghl.model.InvoicePaymentRecordRequest;
import dev.pitkit.ghl.model.InvoiceScheduleAutoPaymentRequest;
import dev.pitkit.ghl.model.InvoiceScheduleCancelRequest;
import dev.pitkit.ghl.model.InvoiceScheduleCreateRequest;
import dev.pitkit.ghl.model.InvoiceScheduleOptions;
import dev.pitkit.ghl.model.InvoiceScheduleRecurrenceRule;
import dev.pitkit.ghl.model.InvoiceScheduleStartRequest;
import dev.pitkit.ghl.model.InvoiceScheduleUpdateRequest;
import dev.pitkit.ghl.model.InvoiceSendRequest;
import dev.pitkit.ghl.model.InvoiceSentTo;
import dev.pitkit.ghl.model.InvoiceStripePaymentMethod;
import dev.pitkit.ghl.model.InvoiceTemplateCreateRequest;
import dev.pitkit.ghl.model.InvoiceTemplateUpdateRequest;
import dev.pitkit.ghl.model.InvoiceText2PayRequest;
import dev.pitkit.ghl.model.InvoiceUpdateRequest;
import dev.pitkit.ghl.model.InvoiceVoidRequest;
import dev.pitkit.ghl.model.EmailTemplateCreateRequest;
import dev.pitkit.ghl.model.EmailTemplateDnd;
import dev.pitkit.ghl.model.EmailTemplateUpdateRequest;
import dev.pitkit.ghl.model.FacebookAdsAdSetUpsertRequest;
import dev.pitkit.ghl.model.FacebookAdsAdUpsertRequest;
import dev.pitkit.ghl.model.FacebookAdsAudience;
import dev.pitkit.ghl.model.FacebookAdsAudienceLocation;
import dev.pitkit.ghl.model.FacebookAdsBudget;
import dev.pitkit.ghl.model.FacebookAdsCampaignUpsertRequest;
import dev.pitkit.ghl.model.FacebookAdsConversationFormCreateRequest;
import dev.pitkit.ghl.model.FacebookAdsCustomAudienceMemberRequest;
import dev.pitkit.ghl.model.FacebookAdsCustomAudienceMembersBatchRequest;
import dev.pitkit.ghl.model.FacebookAdsCustomAudienceUpdateRequest;
import dev.pitkit.ghl.model.FacebookAdsDefaultPageRequest;
import dev.pitkit.ghl.model.FacebookAdsFormQuestion;
import dev.pitkit.ghl.model.FacebookAdsFormQuestionOption;
import dev.pitkit.ghl.model.FacebookAdsIntegrationCreateRequest;
import dev.pitkit.ghl.model.FacebookAdsLeadFormCreateRequest;
import dev.pitkit.ghl.model.FacebookAdsLocationRequest;
import dev.pitkit.ghl.model.FacebookAdsMedia;
import dev.pitkit.ghl.model.FacebookAdsPixelUpsertRequest;
import dev.pitkit.ghl.model.FacebookAdsPublishRequest;
import dev.pitkit.ghl.model.FacebookAdsThankYouPage;
import dev.pitkit.ghl.model.FacebookAdsWelcomeMessageQuestion;
import dev.pitkit.ghl.model.GoogleAdsAdGroup;
import dev.pitkit.ghl.model.GoogleAdsAdScheduleTarget;
import dev.pitkit.ghl.model.GoogleAdsAssetPayload;
import dev.pitkit.ghl.model.GoogleAdsAssetsUpsertRequest;
import dev.pitkit.ghl.model.GoogleAdsAudienceAgeRange;
import dev.pitkit.ghl.model.GoogleAdsAudienceDimension;
import dev.pitkit.ghl.model.GoogleAdsAudienceUpsertRequest;
import dev.pitkit.ghl.model.GoogleAdsBudget;
import dev.pitkit.ghl.model.GoogleAdsCampaignUpsertRequest;
import dev.pitkit.ghl.model.GoogleAdsConversionUpsertRequest;
import dev.pitkit.ghl.model.GoogleAdsConversionValueSettings;
import dev.pitkit.ghl.model.GoogleAdsIntegrationCreateRequest;
import dev.pitkit.ghl.model.GoogleAdsKeywordIdeasRequest;
import dev.pitkit.ghl.model.GoogleAdsKeywordItem;
import dev.pitkit.ghl.model.GoogleAdsKeywords;
import dev.pitkit.ghl.model.GoogleAdsLocationRequest;
import dev.pitkit.ghl.model.GoogleAdsMember;
import dev.pitkit.ghl.model.GoogleAdsOfflineUserListJobCreateRequest;
import dev.pitkit.ghl.model.GoogleAdsSegmentUpsertRequest;
import dev.pitkit.ghl.model.KnowledgeBaseCrawlStartRequest;
import dev.pitkit.ghl.model.KnowledgeBaseCrawledUrlsDeleteRequest;
import dev.pitkit.ghl.model.KnowledgeBaseCrawledUrlsTrainRequest;
import dev.pitkit.ghl.model.KnowledgeBaseCreateRequest;
import dev.pitkit.ghl.model.KnowledgeBaseFaqCreateRequest;
import dev.pitkit.ghl.model.KnowledgeBaseFaqUpdateRequest;
import dev.pitkit.ghl.model.KnowledgeBaseUpdateRequest;
import dev.pitkit.ghl.model.LinkedInAdsAdCampaign;
import dev.pitkit.ghl.model.LinkedInAdsAdStatusUpdateRequest;
import dev.pitkit.ghl.model.LinkedInAdsAudience;
import dev.pitkit.ghl.model.LinkedInAdsBudget;
import dev.pitkit.ghl.model.LinkedInAdsCampaignGroupUpsertRequest;
import dev.pitkit.ghl.model.LinkedInAdsConsent;
import dev.pitkit.ghl.model.LinkedInAdsCreationLocale;
import dev.pitkit.ghl.model.LinkedInAdsIntegrationCreateRequest;
import dev.pitkit.ghl.model.LinkedInAdsLeadFormContent;
import dev.pitkit.ghl.model.LinkedInAdsLeadFormCreateRequest;
import dev.pitkit.ghl.model.LinkedInAdsLeadFormQuestion;
import dev.pitkit.ghl.model.LinkedInAdsLegalInfo;
import dev.pitkit.ghl.model.LinkedInAdsLocalizedString;
import dev.pitkit.ghl.model.LinkedInAdsLocationRequest;
import dev.pitkit.ghl.model.LinkedInAdsPostSubmissionCallToAction;
import dev.pitkit.ghl.model.LinkedInAdsPostSubmissionCallToActionTarget;
import dev.pitkit.ghl.model.LinkedInAdsPostSubmissionInfo;
import dev.pitkit.ghl.model.LinkedInAdsQuestionDetails;
import dev.pitkit.ghl.model.LinkedInAdsSelectedAttribute;
import dev.pitkit.ghl.model.LinkedInAdsSponsoredAccountOwner;
import dev.pitkit.ghl.model.LinkedInAdsTargetAudience;
import dev.pitkit.ghl.model.LinkCreateRequest;
import dev.pitkit.ghl.model.LinkUpdateRequest;
import dev.pitkit.ghl.model.LocationCreateRequest;
import dev.pitkit.ghl.model.LocationRecurringTaskCreateRequest;
import dev.pitkit.ghl.model.LocationRecurringTaskRuleInput;
import dev.pitkit.ghl.model.LocationRecurringTaskUpdateRequest;
import dev.pitkit.ghl.model.LocationTagCreateRequest;
import dev.pitkit.ghl.model.LocationTagUpdateRequest;
import dev.pitkit.ghl.model.LocationTaskSearchRequest;
import dev.pitkit.ghl.model.LocationUpdateRequest;
import dev.pitkit.ghl.model.MediaFileUpdateRequest;
import dev.pitkit.ghl.model.MediaFilesDeleteItem;
import dev.pitkit.ghl.model.MediaFilesDeleteRequest;
import dev.pitkit.ghl.model.MediaFilesUpdateItem;
import dev.pitkit.ghl.model.MediaFilesUpdateRequest;
import dev.pitkit.ghl.model.MediaFolderCreateRequest;
import dev.pitkit.ghl.model.ObjectCreateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldCreateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldFolderCreateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldFolderUpdateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldOptionUpdateInput;
import dev.pitkit.ghl.model.ObjectCustomFieldUpdateRequest;
import dev.pitkit.ghl.model.ObjectLabels;
import dev.pitkit.ghl.model.ObjectPrimaryDisplayPropertyDetails;
import dev.pitkit.ghl.model.ObjectRecordCreateRequest;
import dev.pitkit.ghl.model.ObjectRecordSearchRequest;
import dev.pitkit.ghl.model.ObjectRecordUpdateRequest;
import dev.pitkit.ghl.model.ObjectUpdateRequest;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import dev.pitkit.ghl.model.OpportunityUpdateRequest;
import dev.pitkit.ghl.model.PaymentCouponCreateRequest;
import dev.pitkit.ghl.model.PaymentCouponDeleteRequest;
import dev.pitkit.ghl.model.PaymentCouponFuturePaymentsConfig;
import dev.pitkit.ghl.model.PaymentCouponUpdateRequest;
import dev.pitkit.ghl.model.PaymentCustomProviderCapabilitiesUpdateRequest;
import dev.pitkit.ghl.model.PaymentCustomProviderConnectRequest;
import dev.pitkit.ghl.model.PaymentCustomProviderCreateRequest;
import dev.pitkit.ghl.model.PaymentCustomProviderDisconnectRequest;
import dev.pitkit.ghl.model.PaymentCustomProviderKeys;
import dev.pitkit.ghl.model.PaymentOrderFulfillmentCreateRequest;
import dev.pitkit.ghl.model.PaymentOrderFulfillmentItemInput;
import dev.pitkit.ghl.model.PaymentOrderFulfillmentTracking;
import dev.pitkit.ghl.model.PaymentOrderRecordPaymentRequest;
import dev.pitkit.ghl.model.PaymentWhitelabelIntegrationCreateRequest;
import dev.pitkit.ghl.model.ProductBulkEditPriceInput;
import dev.pitkit.ghl.model.ProductBulkEditProductInput;
import dev.pitkit.ghl.model.ProductBulkEditRequest;
import dev.pitkit.ghl.model.ProductBulkPriceUpdate;
import dev.pitkit.ghl.model.ProductBulkUpdateRequest;
import dev.pitkit.ghl.model.ProductCollectionCreateRequest;
import dev.pitkit.ghl.model.ProductCollectionUpdateRequest;
import dev.pitkit.ghl.model.ProductCreateRequest;
import dev.pitkit.ghl.model.ProductInventoryItemInput;
import dev.pitkit.ghl.model.ProductInventoryUpdateRequest;
import dev.pitkit.ghl.model.ProductPriceCreateRequest;
import dev.pitkit.ghl.model.ProductPriceRecurring;
import dev.pitkit.ghl.model.ProductPriceShippingOptions;
import dev.pitkit.ghl.model.ProductPriceUpdateRequest;
import dev.pitkit.ghl.model.ProductPriceWeight;
import dev.pitkit.ghl.model.ProductReviewRef;
import dev.pitkit.ghl.model.ProductReviewReply;
import dev.pitkit.ghl.model.ProductReviewUpdateRequest;
import dev.pitkit.ghl.model.ProductReviewUser;
import dev.pitkit.ghl.model.ProductReviewsBulkUpdateRequest;
import dev.pitkit.ghl.model.ProductStoreDisplayPriorityUpdateRequest;
import dev.pitkit.ghl.model.ProductStorePriority;
import dev.pitkit.ghl.model.ProductStoreStatusUpdateRequest;
import dev.pitkit.ghl.model.ProductUpdateRequest;
import dev.pitkit.ghl.model.SocialCsvAccountsSetRequest;
import dev.pitkit.ghl.model.SocialCsvFinalizeRequest;
import dev.pitkit.ghl.model.SocialFacebookPageAttachRequest;
import dev.pitkit.ghl.model.SocialGoogleLocationAttachRequest;
import dev.pitkit.ghl.model.SocialInstagramAccountAttachRequest;
import dev.pitkit.ghl.model.SocialLinkedinAccountAttachRequest;
import dev.pitkit.ghl.model.SocialPostCreateRequest;
import dev.pitkit.ghl.model.SocialPostMedia;
import dev.pitkit.ghl.model.SocialPostUpdateRequest;
import dev.pitkit.ghl.model.SocialPostsBulkDeleteRequest;
import dev.pitkit.ghl.model.SocialPostsListRequest;
import dev.pitkit.ghl.model.SocialStatisticsRequest;
import dev.pitkit.ghl.model.SocialTagsByIdsRequest;
import dev.pitkit.ghl.model.SocialTiktokProfileAttachRequest;
import dev.pitkit.ghl.model.SocialTwitterProfileAttachRequest;
import dev.pitkit.ghl.model.FunnelRedirectCreateRequest;
import dev.pitkit.ghl.model.FunnelRedirectUpdateRequest;
import dev.pitkit.ghl.model.ProposalDocumentSendRequest;
import dev.pitkit.ghl.model.ProposalTemplateSendRequest;
import dev.pitkit.ghl.model.StoreAvailableShippingRatesRequest;
import dev.pitkit.ghl.model.StoreOrderProduct;
import dev.pitkit.ghl.model.StoreOrderSource;
import dev.pitkit.ghl.model.StoreSettingsSaveRequest;
import dev.pitkit.ghl.model.StoreShippingCarrierCreateRequest;
import dev.pitkit.ghl.model.StoreShippingCarrierService;
import dev.pitkit.ghl.model.StoreShippingCarrierUpdateRequest;
import dev.pitkit.ghl.model.StoreShippingOrigin;
import dev.pitkit.ghl.model.StoreShippingRateCreateRequest;
import dev.pitkit.ghl.model.StoreShippingRateUpdateRequest;
import dev.pitkit.ghl.model.StoreShippingZoneCountry;
import dev.pitkit.ghl.model.StoreShippingZoneCreateRequest;
import dev.pitkit.ghl.model.StoreShippingZoneState;
import dev.pitkit.ghl.model.StoreShippingZoneUpdateRequest;
import dev.pitkit.ghl.model.SnapshotShareLinkCreateRequest;
import dev.pitkit.ghl.model.VoiceAiAgentActionCreateRequest;
import dev.pitkit.ghl.model.VoiceAiAgentActionParameters;
import dev.pitkit.ghl.model.VoiceAiAgentActionUpdateRequest;
import dev.pitkit.ghl.model.VoiceAiAgentCreateRequest;
import dev.pitkit.ghl.model.VoiceAiAgentUpdateRequest;
import dev.pitkit.ghl.model.VoiceAiAgentWorkingHours;
import dev.pitkit.ghl.model.VoiceAiAgentWorkingHoursInterval;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per area (spec tag): generated Feign methods, called through a bare
 * {@code Feign.builder()} (no facade), send the method, path, query and JSON body that the seed
 * documents. Request bodies the seed shows are built with the generated models and must serialize
 * to exactly the seed's JSON (placeholders like {@code {locationId}} filled in). WireMock answers
 * every operation with its spec example, so each call also decodes a real response.
 */
class AreaWireMockTest {

  private static final String LOC = "loc123";
  private static final String COMPANY = "xyz789";

  /** The spec tag a test method covers; {@link #everyAreaHasATest()} checks none is left out. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Area {
    String value();
  }

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .resetOnEachTest(false).build(); // stubs are set once; each call resets the request log

  @BeforeAll
  static void stubEveryOperationWithItsExample() {
    SpecStubs.stubEveryOperation(wm);
  }

  @Test
  void everyAreaHasATest() {
    Set<String> covered = Arrays.stream(AreaWireMockTest.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Area.class) && m.isAnnotationPresent(Test.class))
        .map(m -> m.getAnnotation(Area.class).value())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(SpecFile.tags()), covered, "spec tags vs. areas tested here");
  }

  // ------------------------------------------------------------------------------------------ Maton

  @Test
  @Area("Connections")
  void connections() {
    ConnectionsApi api = api(ConnectionsApi.class);

    LoggedRequest list = sent(() -> assertEquals("ACTIVE", api.listConnections("highlevel-pit", "ACTIVE")
        .getConnections().get(0).getStatus().getValue()));
    assertRequestLine(list, "GET", "/connections", Map.of("app", "highlevel-pit", "status", "ACTIVE"));

    LoggedRequest create = sent(() -> api.createConnection(new ConnectionCreateRequest().app("highlevel-pit")));
    assertRequestLine(create, "POST", "/connections", Map.of());
    assertJsonBody(create, """
        {"app": "highlevel-pit"}""");

    LoggedRequest get = sent(() -> assertEquals("highlevel-pit", api.getConnection("conn-1").getConnection().getApp()));
    assertRequestLine(get, "GET", "/connections/conn-1", Map.of());

    LoggedRequest delete = sent(() -> api.deleteConnection("conn-1"));
    assertRequestLine(delete, "DELETE", "/connections/conn-1", Map.of());
    assertNoBody(delete);
  }

  // ------------------------------------------------------------------------------------------ agency

  @Test
  @Area("Locations")
  void locations() {
    LocationsApi api = api(LocationsApi.class);

    LoggedRequest search = sent(() -> assertEquals("abc123",
        api.searchLocations(COMPANY, 20, 20, null, null).getLocations().get(0).getId()));
    assertRequestLine(search, "GET", "/highlevel-pit/locations/search",
        Map.of("companyId", COMPANY, "limit", "20", "skip", "20"));

    LoggedRequest get = sent(() -> api.getLocation("abc123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/abc123", Map.of());

    LoggedRequest create = sent(() -> api.createLocation(new LocationCreateRequest()
        .companyId(COMPANY).name("New Sub-Account").address("123 Main St").city("San Francisco").state("CA")
        .postalCode("94105").country("US").timezone("America/Los_Angeles").email("admin@example.com")
        .phone("+15551234567")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/", Map.of());
    assertJsonBody(create, """
        {
        "companyId": "xyz789",
        "name": "New Sub-Account",
        "address": "123 Main St",
        "city": "San Francisco",
        "state": "CA",
        "postalCode": "94105",
        "country": "US",
        "timezone": "America/Los_Angeles",
        "email": "admin@example.com",
        "phone": "+15551234567"
        }""");

    LoggedRequest update = sent(() -> api.updateLocation("abc123",
        new LocationUpdateRequest().name("Updated Name").city("Los Angeles")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/abc123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Name", "city": "Los Angeles"}""");

    LoggedRequest delete = sent(() -> api.deleteLocation("abc123", (Boolean) null));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/abc123", Map.of());

    // free-form response (GHL documents none): decoded as plain JSON
    LoggedRequest timezones = sent(() -> assertTrue(api.getLocationTimezones(LOC) instanceof Map<?, ?> m
        && m.get("timeZones") instanceof List<?> zones && zones.contains("America/New_York")));
    assertRequestLine(timezones, "GET", "/highlevel-pit/locations/loc123/timezones", Map.of());
    assertNoBody(timezones);
  }

  @Test
  @Area("Snapshots")
  void snapshots() {
    LoggedRequest list = sent(() -> api(SnapshotsApi.class).listSnapshots(COMPANY));
    assertRequestLine(list, "GET", "/highlevel-pit/snapshots/", Map.of("companyId", COMPANY));

    SnapshotsApi api = api(SnapshotsApi.class);
    LoggedRequest share = sent(() -> assertTrue(api.createSnapshotShareLink(COMPANY, new SnapshotShareLinkCreateRequest()
        .snapshotId("snap123").shareType(SnapshotShareLinkCreateRequest.ShareTypeEnum.PERMANENT_LINK)).getShareLink()
        .startsWith("https://")));
    assertRequestLine(share, "POST", "/highlevel-pit/snapshots/share/link", Map.of("companyId", COMPANY));
    assertJsonBody(share, """
        {"snapshot_id": "snap123", "share_type": "permanent_link"}""");

    LoggedRequest pushes = sent(() -> assertEquals(LOC, api.listSnapshotPushes("snap123", COMPANY, "10-10-2022 12:00 AM",
        "12-18-2023 11:59 PM", null, 10).getData().get(0).getLocationId()));
    assertRequestLine(pushes, "GET", "/highlevel-pit/snapshots/snapshot-status/snap123",
        Map.of("companyId", COMPANY, "from", "10-10-2022 12:00 AM", "to", "12-18-2023 11:59 PM", "limit", "10"));

    LoggedRequest latest = sent(() -> assertEquals(List.of("custom_fields", "custom_values", "tags"),
        api.getLatestSnapshotPush("snap123", LOC, COMPANY).getData().getPending()));
    assertRequestLine(latest, "GET", "/highlevel-pit/snapshots/snapshot-status/snap123/location/loc123",
        Map.of("companyId", COMPANY));
  }

  // ------------------------------------------------------------------------------------------ sub-account

  @Test
  @Area("Contacts")
  @SuppressWarnings("deprecation") // listContacts: deprecated by GHL, still documented by the seed and served
  void contacts() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest list = sent(() -> assertEquals(150,
        api.listContacts(LOC, 10, null, null, null).getMeta().getTotal()));
    assertRequestLine(list, "GET", "/highlevel-pit/contacts/", Map.of("locationId", LOC, "limit", "10"));

    LoggedRequest search = sent(() -> api.listContacts(LOC, null, "john@example.com", null, null));
    assertRequestLine(search, "GET", "/highlevel-pit/contacts/", Map.of("locationId", LOC, "query", "john@example.com"));

    LoggedRequest nextPage = sent(() -> api.listContacts(LOC, 20, null, "abc123", null));
    assertRequestLine(nextPage, "GET", "/highlevel-pit/contacts/",
        Map.of("locationId", LOC, "limit", "20", "startAfterId", "abc123"));

    // GHL's replacement, POST /contacts/search: filters, sort and page in the body (GHL issue #31: locationId and pageLimit)
    LoggedRequest searched = sent(() -> assertEquals(1, api.searchContacts(new ContactSearchRequest()
        .locationId(LOC).pageLimit(20).page(1).query("john")
        .addFiltersItem(new ContactSearchFilter().field("dnd").operator("eq").value(false))
        .addFiltersItem(new ContactSearchFilter().group(ContactSearchFilter.GroupEnum.OR)
            .addFiltersItem(new ContactSearchFilter().field("firstNameLowerCase").operator("eq").value("john"))
            .addFiltersItem(new ContactSearchFilter().field("email").operator("exists")))
        .addSortItem(new ContactSearchSort().field("dateAdded").direction(ContactSearchSort.DirectionEnum.DESC)))
        .getTotal()));
    assertRequestLine(searched, "POST", "/highlevel-pit/contacts/search", Map.of());
    assertJsonBody(searched, """
        {"locationId": "loc123", "page": 1, "pageLimit": 20, "query": "john",
         "filters": [{"field": "dnd", "operator": "eq", "value": false},
                     {"group": "OR", "filters": [{"field": "firstNameLowerCase", "operator": "eq", "value": "john"},
                                                 {"field": "email", "operator": "exists"}]}],
         "sort": [{"field": "dateAdded", "direction": "desc"}]}""");
    LoggedRequest nextSearchPage = sent(() -> assertEquals(List.of(1777361672829L, "abc123"),
        api.searchContacts(new ContactSearchRequest().locationId(LOC).pageLimit(20)
            .searchAfter(List.of(1777361672829L, "abc123"))).getContacts().get(0).getSearchAfter()));
    assertJsonBody(nextSearchPage, """
        {"locationId": "loc123", "pageLimit": 20, "searchAfter": [1777361672829, "abc123"]}""");

    LoggedRequest get = sent(() -> assertEquals("John", api.getContact("abc123").getContact().getFirstName()));
    assertRequestLine(get, "GET", "/highlevel-pit/contacts/abc123", Map.of());

    LoggedRequest create = sent(() -> api.createContact(new ContactCreateRequest()
        .locationId(LOC).firstName("John").lastName("Doe").email("john@example.com").phone("+15551234567")
        .companyName("Acme Inc").tags(List.of("customer"))));
    assertRequestLine(create, "POST", "/highlevel-pit/contacts/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "firstName": "John",
        "lastName": "Doe",
        "email": "john@example.com",
        "phone": "+15551234567",
        "companyName": "Acme Inc",
        "tags": ["customer"]
        }""");

    LoggedRequest update = sent(() -> api.updateContact("abc123",
        new ContactUpdateRequest().firstName("Jane").companyName("New Company")));
    assertRequestLine(update, "PUT", "/highlevel-pit/contacts/abc123", Map.of());
    assertJsonBody(update, """
        {"firstName": "Jane", "companyName": "New Company"}""");

    LoggedRequest delete = sent(() -> api.deleteContact("abc123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/contacts/abc123", Map.of());
    assertNoBody(delete);
  }

  @Test
  @Area("Contacts")
  void contactTagsNotesAndTasks() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest addTags = sent(() -> assertEquals(List.of("vip", "priority"),
        api.addContactTags("abc123", new ContactTagsRequest().tags(List.of("vip", "priority"))).getTagsAdded()));
    assertRequestLine(addTags, "POST", "/highlevel-pit/contacts/abc123/tags", Map.of());
    assertJsonBody(addTags, """
        {"tags": ["vip", "priority"]}""");

    // a DELETE that carries a JSON body
    LoggedRequest removeTags = sent(() -> assertEquals(List.of("vip"),
        api.removeContactTags("abc123", new ContactTagsRequest().tags(List.of("vip"))).getTagsRemoved()));
    assertRequestLine(removeTags, "DELETE", "/highlevel-pit/contacts/abc123/tags", Map.of());
    assertJsonBody(removeTags, """
        {"tags": ["vip"]}""");

    LoggedRequest notes = sent(() -> api.listContactNotes("abc123"));
    assertRequestLine(notes, "GET", "/highlevel-pit/contacts/abc123/notes", Map.of());

    LoggedRequest createNote = sent(() -> assertEquals("note123", api.createContactNote("abc123",
        new ContactNoteCreateRequest().body("Spoke with client about renewal")).getNote().getId()));
    assertRequestLine(createNote, "POST", "/highlevel-pit/contacts/abc123/notes", Map.of());
    assertJsonBody(createNote, """
        {"body": "Spoke with client about renewal"}""");

    LoggedRequest updateNote = sent(() -> api.updateContactNote("abc123", "note123",
        new ContactNoteUpdateRequest().body("Updated note content")));
    assertRequestLine(updateNote, "PUT", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());
    assertJsonBody(updateNote, """
        {"body": "Updated note content"}""");

    LoggedRequest deleteNote = sent(() -> api.deleteContactNote("abc123", "note123"));
    assertRequestLine(deleteNote, "DELETE", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());

    LoggedRequest tasks = sent(() -> api.listContactTasks("abc123"));
    assertRequestLine(tasks, "GET", "/highlevel-pit/contacts/abc123/tasks", Map.of());

    // IMPORTANT (seed): the completed field is required, and is sent even when false
    LoggedRequest createTask = sent(() -> assertEquals(Boolean.FALSE, api.createContactTask("abc123",
        new ContactTaskCreateRequest().title("Follow up call").body("Discuss contract renewal")
            .dueDate("2026-06-01T10:00:00Z").completed(false)).getTask().getCompleted()));
    assertRequestLine(createTask, "POST", "/highlevel-pit/contacts/abc123/tasks", Map.of());
    assertJsonBody(createTask, """
        {
        "title": "Follow up call",
        "body": "Discuss contract renewal",
        "dueDate": "2026-06-01T10:00:00Z",
        "completed": false
        }""");

    LoggedRequest updateTask = sent(() -> api.updateContactTask("abc123", "task123",
        new ContactTaskUpdateRequest().title("Updated task").completed(true)));
    assertRequestLine(updateTask, "PUT", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());
    assertJsonBody(updateTask, """
        {"title": "Updated task", "completed": true}""");

    LoggedRequest deleteTask = sent(() -> api.deleteContactTask("abc123", "task123"));
    assertRequestLine(deleteTask, "DELETE", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());
  }

  /** GHL's contacts app beyond the seed: upsert, duplicates, business, bulk, followers, campaigns, workflows. */
  @Test
  @Area("Contacts")
  void contactUpsertBulkFollowersCampaignsAndWorkflows() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest upsert = sent(() -> assertEquals(Boolean.FALSE, api.upsertContact(new ContactUpsertRequest()
        .locationId(LOC).email("john@example.com").phone("+15551234567").createNewIfDuplicateAllowed(true)).getNew()));
    assertRequestLine(upsert, "POST", "/highlevel-pit/contacts/upsert", Map.of());
    assertJsonBody(upsert, """
        {"locationId": "loc123", "email": "john@example.com", "phone": "+15551234567",
         "createNewIfDuplicateAllowed": true}""");

    // the caller passes the values as they are: the client percent-encodes '+' and '@' (never sent raw)
    LoggedRequest duplicate = sent(() -> assertEquals("abc123",
        api.getDuplicateContact(LOC, "+1423164516", "test+abc@gmail.com").getContact().getId()));
    assertRequestLine(duplicate, "GET", "/highlevel-pit/contacts/search/duplicate",
        Map.of("locationId", LOC, "number", "+1423164516", "email", "test+abc@gmail.com"));
    assertTrue(duplicate.getUrl().contains("number=%2B1423164516"), duplicate.getUrl());

    LoggedRequest byBusiness = sent(() -> assertEquals(1,
        api.listContactsByBusiness("biz123", LOC, 10, 20, "john").getCount()));
    assertRequestLine(byBusiness, "GET", "/highlevel-pit/contacts/business/biz123",
        Map.of("locationId", LOC, "limit", "10", "skip", "20", "query", "john"));

    LoggedRequest bulkTags = sent(() -> assertEquals(1, api.updateContactsTags("remove",
        new ContactTagsBulkUpdateRequest().contacts(List.of("abc123", "def456")).tags(List.of("vip")).locationId(LOC)
            .removeAllTags(false)).getErrorCount()));
    assertRequestLine(bulkTags, "POST", "/highlevel-pit/contacts/bulk/tags/update/remove", Map.of());
    assertJsonBody(bulkTags, """
        {"contacts": ["abc123", "def456"], "tags": ["vip"], "locationId": "loc123", "removeAllTags": false}""");

    // businessId is required and nullable: null is sent, and removes the contacts from their business
    LoggedRequest clearBusiness = sent(() -> assertEquals(List.of("abc123", "def456"), api.updateContactsBusiness(
        new ContactBusinessBulkUpdateRequest().locationId(LOC).ids(List.of("abc123", "def456")).businessId(null))
        .getIds()));
    assertRequestLine(clearBusiness, "POST", "/highlevel-pit/contacts/bulk/business", Map.of());
    assertJsonBody(clearBusiness, """
        {"locationId": "loc123", "ids": ["abc123", "def456"], "businessId": null}""");
    assertTrue(clearBusiness.getBodyAsString().contains("\"businessId\":null"), clearBusiness.getBodyAsString());

    LoggedRequest note = sent(() -> assertEquals("note123", api.getContactNote("abc123", "note123").getNote().getId()));
    assertRequestLine(note, "GET", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());

    LoggedRequest task = sent(() -> assertEquals("task123", api.getContactTask("abc123", "task123").getTask().getId()));
    assertRequestLine(task, "GET", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());

    LoggedRequest completed = sent(() -> assertEquals(Boolean.TRUE, api.updateContactTaskCompleted("abc123", "task123",
        new ContactTaskCompletedUpdateRequest().completed(true)).getTask().getCompleted()));
    assertRequestLine(completed, "PUT", "/highlevel-pit/contacts/abc123/tasks/task123/completed", Map.of());
    assertJsonBody(completed, """
        {"completed": true}""");

    LoggedRequest appointments = sent(() -> assertEquals("confirmed",
        api.listContactAppointments("abc123").getEvents().get(0).getAppointmentStatus()));
    assertRequestLine(appointments, "GET", "/highlevel-pit/contacts/abc123/appointments", Map.of());

    LoggedRequest follow = sent(() -> assertEquals(List.of("user456"), api.addContactFollowers("abc123",
        new ContactFollowersRequest().followers(List.of("user456"))).getFollowersAdded()));
    assertRequestLine(follow, "POST", "/highlevel-pit/contacts/abc123/followers", Map.of());
    assertJsonBody(follow, """
        {"followers": ["user456"]}""");

    // a DELETE that carries a JSON body
    LoggedRequest unfollow = sent(() -> assertEquals(List.of("user456"), api.removeContactFollowers("abc123",
        new ContactFollowersRequest().followers(List.of("user456"))).getFollowersRemoved()));
    assertRequestLine(unfollow, "DELETE", "/highlevel-pit/contacts/abc123/followers", Map.of());
    assertJsonBody(unfollow, """
        {"followers": ["user456"]}""");

    // GHL declares no field in this body: an empty object is sent
    LoggedRequest joinCampaign = sent(() -> assertEquals(Boolean.TRUE,
        api.addContactToCampaign("abc123", "camp123", new ContactCampaignAddRequest()).getSucceded()));
    assertRequestLine(joinCampaign, "POST", "/highlevel-pit/contacts/abc123/campaigns/camp123", Map.of());
    assertJsonBody(joinCampaign, "{}");

    LoggedRequest leaveCampaign = sent(() -> api.removeContactFromCampaign("abc123", "camp123"));
    assertRequestLine(leaveCampaign, "DELETE", "/highlevel-pit/contacts/abc123/campaigns/camp123", Map.of());
    assertNoBody(leaveCampaign);

    LoggedRequest leaveAll = sent(() -> api.removeContactFromAllCampaigns("abc123"));
    assertRequestLine(leaveAll, "DELETE", "/highlevel-pit/contacts/abc123/campaigns/removeAll", Map.of());
    assertNoBody(leaveAll);

    LoggedRequest enroll = sent(() -> assertEquals(Boolean.TRUE, api.addContactToWorkflow("abc123", "wf123",
        new ContactWorkflowRequest().eventStartTime("2026-06-01T10:00:00+01:00")).getSucceded()));
    assertRequestLine(enroll, "POST", "/highlevel-pit/contacts/abc123/workflow/wf123", Map.of());
    assertJsonBody(enroll, """
        {"eventStartTime": "2026-06-01T10:00:00+01:00"}""");

    // the official file gives this DELETE the add call's body (nothing in it required): an empty one
    LoggedRequest unenroll = sent(() -> api.removeContactFromWorkflow("abc123", "wf123", new ContactWorkflowRequest()));
    assertRequestLine(unenroll, "DELETE", "/highlevel-pit/contacts/abc123/workflow/wf123", Map.of());
    assertJsonBody(unenroll, "{}");
  }

  @Test
  @Area("Opportunities")
  void opportunities() {
    OpportunitiesApi api = api(OpportunitiesApi.class);

    // snake_case query names, page-style pagination
    LoggedRequest search = sent(() -> assertEquals(2, api.searchOpportunities(LOC, "pipe123", null, "open", null,
        null, null, null, null, null, null, null, null, null, null, null, 20, 2, null, null).getMeta().getNextPage()));
    assertRequestLine(search, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "pipeline_id", "pipe123", "status", "open", "limit", "20", "page", "2"));

    LoggedRequest searchByMap = sent(() -> api.searchOpportunities(
        new SearchOpportunitiesQueryParams().locationId(LOC).contactId("abc123").q("deal")));
    assertRequestLine(searchByMap, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "contact_id", "abc123", "q", "deal"));

    // the official date filter (issue #25): date strings, sent as given, by either overload
    LoggedRequest byDate = sent(() -> api.searchOpportunities(
        new SearchOpportunitiesQueryParams().locationId(LOC).date("04-01-2026").endDate("04-30-2026")));
    assertRequestLine(byDate, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "date", "04-01-2026", "endDate", "04-30-2026"));
    LoggedRequest byDatePositional = sent(() -> api.searchOpportunities(LOC, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, "04-01-2026", "04-30-2026"));
    assertRequestLine(byDatePositional, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "date", "04-01-2026", "endDate", "04-30-2026"));

    LoggedRequest pipelines = sent(() -> assertEquals(2,
        api.listPipelines(LOC).getPipelines().get(0).getStages().size()));
    assertRequestLine(pipelines, "GET", "/highlevel-pit/opportunities/pipelines", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getOpportunity("opp123"));
    assertRequestLine(get, "GET", "/highlevel-pit/opportunities/opp123", Map.of());

    LoggedRequest create = sent(() -> api.createOpportunity(new OpportunityCreateRequest()
        .pipelineId("pipe123").locationId(LOC).name("Enterprise Deal").pipelineStageId("stage123")
        .status(OpportunityCreateRequest.StatusEnum.OPEN).contactId("abc123").monetaryValue(new BigDecimal("50000"))));
    assertRequestLine(create, "POST", "/highlevel-pit/opportunities/", Map.of());
    assertJsonBody(create, """
        {
        "pipelineId": "pipe123",
        "locationId": "loc123",
        "name": "Enterprise Deal",
        "pipelineStageId": "stage123",
        "status": "open",
        "contactId": "abc123",
        "monetaryValue": 50000
        }""");

    // IMPORTANT (seed): pipelineId is required even when not changing it
    LoggedRequest update = sent(() -> api.updateOpportunity("opp123", new OpportunityUpdateRequest()
        .pipelineId("pipe123").name("Updated Deal").monetaryValue(new BigDecimal("75000"))
        .status(OpportunityUpdateRequest.StatusEnum.WON)));
    assertRequestLine(update, "PUT", "/highlevel-pit/opportunities/opp123", Map.of());
    assertJsonBody(update, """
        {
        "pipelineId": "pipe123",
        "name": "Updated Deal",
        "monetaryValue": 75000,
        "status": "won"
        }""");

    LoggedRequest delete = sent(() -> api.deleteOpportunity("opp123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/opportunities/opp123", Map.of());
  }

  @Test
  @Area("Calendars")
  void calendars() {
    CalendarsApi api = api(CalendarsApi.class);

    LoggedRequest list = sent(() -> assertEquals("cal123", api.listCalendars(LOC, null, null).getCalendars().get(0).getId()));
    assertRequestLine(list, "GET", "/highlevel-pit/calendars/", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getCalendar("cal123"));
    assertRequestLine(get, "GET", "/highlevel-pit/calendars/cal123", Map.of());

    LoggedRequest create = sent(() -> api.createCalendar(new CalendarCreateRequest()
        .locationId(LOC).name("Team Calendar")
        .calendarType(CalendarCreateRequest.CalendarTypeEnum.PERSONAL)
        .eventType(CalendarCreateRequest.EventTypeEnum.ROUND_ROBIN_OPTIMIZE_FOR_AVAILABILITY)
        .teamMembers(List.of(new CalendarTeamMemberInput().userId("user123").priority(new BigDecimal("0.5")).selected(true)))));
    assertRequestLine(create, "POST", "/highlevel-pit/calendars/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "Team Calendar",
        "calendarType": "personal",
        "eventType": "RoundRobin_OptimizeForAvailability",
        "teamMembers": [{"userId": "user123", "priority": 0.5, "selected": true}]
        }""");

    // Note (seed): do NOT include locationId in the update body; the model has no such field
    LoggedRequest update = sent(() -> api.updateCalendar("cal123", new CalendarUpdateRequest()
        .name("Updated Calendar")
        .calendarType(CalendarUpdateRequest.CalendarTypeEnum.PERSONAL)
        .eventType(CalendarUpdateRequest.EventTypeEnum.ROUND_ROBIN_OPTIMIZE_FOR_AVAILABILITY)
        .teamMembers(List.of(new CalendarTeamMemberInput().userId("user123").priority(new BigDecimal("0.5")).selected(true)))));
    assertRequestLine(update, "PUT", "/highlevel-pit/calendars/cal123", Map.of());
    assertJsonBody(update, """
        {
        "name": "Updated Calendar",
        "calendarType": "personal",
        "eventType": "RoundRobin_OptimizeForAvailability",
        "teamMembers": [{"userId": "user123", "priority": 0.5, "selected": true}]
        }""");
    assertTrue(Arrays.stream(CalendarUpdateRequest.class.getMethods()).noneMatch(m -> m.getName().equals("locationId")),
        "CalendarUpdateRequest must not offer locationId");

    LoggedRequest delete = sent(() -> api.deleteCalendar("cal123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/calendars/cal123", Map.of());

    // startTime / endTime as epoch milliseconds
    LoggedRequest events = sent(() -> api.listCalendarEvents(LOC, "cal123", null, null, 1777334400000L, 1777939200000L));
    assertRequestLine(events, "GET", "/highlevel-pit/calendars/events",
        Map.of("locationId", LOC, "calendarId", "cal123", "startTime", "1777334400000", "endTime", "1777939200000"));

    LoggedRequest slots = sent(() -> {
      CalendarFreeSlotsResponse free = api.getCalendarFreeSlots("cal123", 1777334400000L, 1777939200000L,
          "America/Los_Angeles", null, null);
      assertEquals(List.of("2026-04-29", "2026-04-30"), List.copyOf(free.getAdditionalProperties().keySet()));
      assertEquals("8c2f4e1a-5b7d-4c3e-9f0a-1d2e3f4a5b6c", free.getTraceId());
    });
    assertRequestLine(slots, "GET", "/highlevel-pit/calendars/cal123/free-slots",
        Map.of("startDate", "1777334400000", "endDate", "1777939200000", "timezone", "America/Los_Angeles"));

    LoggedRequest groups = sent(() -> api.listCalendarGroups(LOC));
    assertRequestLine(groups, "GET", "/highlevel-pit/calendars/groups", Map.of("locationId", LOC));
  }

  @Test
  @Area("Calendars")
  void calendarAppointmentsGroupsResourcesNotificationsAndSchedules() {
    CalendarsApi api = api(CalendarsApi.class);

    // groups
    LoggedRequest createGroup = sent(() -> assertEquals("sales-team", api.createCalendarGroup(new CalendarGroupCreateRequest()
        .locationId(LOC).name("Sales team").description("Discovery and demo calls").slug("sales-team")).getGroup().getSlug()));
    assertRequestLine(createGroup, "POST", "/highlevel-pit/calendars/groups", Map.of());
    assertJsonBody(createGroup, """
        {"locationId": "loc123", "name": "Sales team", "description": "Discovery and demo calls", "slug": "sales-team"}""");

    LoggedRequest slug = sent(() -> assertTrue(api.validateCalendarGroupSlug(
        new CalendarGroupSlugValidateRequest().locationId(LOC).slug("sales-team")).getAvailable()));
    assertRequestLine(slug, "POST", "/highlevel-pit/calendars/groups/validate-slug", Map.of());
    assertJsonBody(slug, """
        {"locationId": "loc123", "slug": "sales-team"}""");

    LoggedRequest updateGroup = sent(() -> api.updateCalendarGroup("grp1", new CalendarGroupUpdateRequest()
        .name("Sales team (EMEA)").description("EMEA calls").slug("sales-team-emea")));
    assertRequestLine(updateGroup, "PUT", "/highlevel-pit/calendars/groups/grp1", Map.of());
    assertJsonBody(updateGroup, """
        {"name": "Sales team (EMEA)", "description": "EMEA calls", "slug": "sales-team-emea"}""");

    LoggedRequest status = sent(() -> assertTrue(api.updateCalendarGroupStatus("grp1",
        new CalendarGroupStatusUpdateRequest().isActive(false)).getSuccess()));
    assertRequestLine(status, "PUT", "/highlevel-pit/calendars/groups/grp1/status", Map.of());
    assertJsonBody(status, """
        {"isActive": false}""");

    LoggedRequest deleteGroup = sent(() -> api.deleteCalendarGroup("grp1"));
    assertRequestLine(deleteGroup, "DELETE", "/highlevel-pit/calendars/groups/grp1", Map.of());
    assertNoBody(deleteGroup);

    // appointments, blocked slots, events; appointmentStatus / meetingLocationType are open strings
    LoggedRequest book = sent(() -> assertEquals("ocQHyuzHvysMo5N5VsXc", api.createCalendarAppointment(
        new CalendarAppointmentCreateRequest().calendarId("cal123").locationId(LOC).contactId("abc123")
            .startTime("2026-04-29T16:00:00+00:00").endTime("2026-04-29T16:30:00+00:00")
            .appointmentStatus("confirmed").meetingLocationType("custom")).getId()));
    assertRequestLine(book, "POST", "/highlevel-pit/calendars/events/appointments", Map.of());
    assertJsonBody(book, """
        {"calendarId": "cal123", "locationId": "loc123", "contactId": "abc123",
         "startTime": "2026-04-29T16:00:00+00:00", "endTime": "2026-04-29T16:30:00+00:00",
         "appointmentStatus": "confirmed", "meetingLocationType": "custom"}""");

    LoggedRequest getAppointment = sent(() -> assertEquals("cal123",
        api.getCalendarAppointment("ocQHyuzHvysMo5N5VsXc").getEvent().getCalendarId()));
    assertRequestLine(getAppointment, "GET", "/highlevel-pit/calendars/events/appointments/ocQHyuzHvysMo5N5VsXc", Map.of());

    LoggedRequest reschedule = sent(() -> api.updateCalendarAppointment("ocQHyuzHvysMo5N5VsXc",
        new CalendarAppointmentUpdateRequest().startTime("2026-04-30T16:00:00+00:00").appointmentStatus("showed")));
    assertRequestLine(reschedule, "PUT", "/highlevel-pit/calendars/events/appointments/ocQHyuzHvysMo5N5VsXc", Map.of());
    assertJsonBody(reschedule, """
        {"startTime": "2026-04-30T16:00:00+00:00", "appointmentStatus": "showed"}""");

    LoggedRequest block = sent(() -> api.createCalendarBlockSlot(new CalendarBlockSlotCreateRequest()
        .locationId(LOC).assignedUserId("user123").startTime("2026-05-04T09:00:00+00:00").endTime("2026-05-04T17:00:00+00:00")));
    assertRequestLine(block, "POST", "/highlevel-pit/calendars/events/block-slots", Map.of());
    assertJsonBody(block, """
        {"locationId": "loc123", "assignedUserId": "user123",
         "startTime": "2026-05-04T09:00:00+00:00", "endTime": "2026-05-04T17:00:00+00:00"}""");

    LoggedRequest editBlock = sent(() -> api.updateCalendarBlockSlot("slot1", new CalendarBlockSlotUpdateRequest().title("Offsite")));
    assertRequestLine(editBlock, "PUT", "/highlevel-pit/calendars/events/block-slots/slot1", Map.of());
    assertJsonBody(editBlock, """
        {"title": "Offsite"}""");

    LoggedRequest blocked = sent(() -> assertEquals("0TkCdp9PfvLeWKYRRvIz",
        api.listCalendarBlockedSlots(LOC, null, "user123", null, 1777334400000L, 1777939200000L).getEvents().get(0).getId()));
    assertRequestLine(blocked, "GET", "/highlevel-pit/calendars/blocked-slots",
        Map.of("locationId", LOC, "userId", "user123", "startTime", "1777334400000", "endTime", "1777939200000"));

    // the official file requires an (empty) JSON body on this DELETE
    LoggedRequest deleteEvent = sent(() -> assertTrue(api.deleteCalendarEvent("ocQHyuzHvysMo5N5VsXc", new dev.pitkit.ghl.model.CalendarEventDeleteRequest()).getSucceeded()));
    assertRequestLine(deleteEvent, "DELETE", "/highlevel-pit/calendars/events/ocQHyuzHvysMo5N5VsXc", Map.of());
    assertJsonBody(deleteEvent, "{}");

    // appointment notes
    LoggedRequest notes = sent(() -> assertEquals(Boolean.FALSE, api.listCalendarAppointmentNotes("appt1", 10, 0).getHasMore()));
    assertRequestLine(notes, "GET", "/highlevel-pit/calendars/appointments/appt1/notes", Map.of("limit", "10", "offset", "0"));

    LoggedRequest addNote = sent(() -> api.createCalendarAppointmentNote("appt1",
        new CalendarAppointmentNoteCreateRequest().body("Send the pricing sheet").userId("user123")));
    assertRequestLine(addNote, "POST", "/highlevel-pit/calendars/appointments/appt1/notes", Map.of());
    assertJsonBody(addNote, """
        {"body": "Send the pricing sheet", "userId": "user123"}""");

    LoggedRequest editNote = sent(() -> api.updateCalendarAppointmentNote("appt1", "note1",
        new CalendarAppointmentNoteUpdateRequest().body("Sent")));
    assertRequestLine(editNote, "PUT", "/highlevel-pit/calendars/appointments/appt1/notes/note1", Map.of());
    assertJsonBody(editNote, """
        {"body": "Sent"}""");

    LoggedRequest deleteNote = sent(() -> api.deleteCalendarAppointmentNote("appt1", "note1"));
    assertRequestLine(deleteNote, "DELETE", "/highlevel-pit/calendars/appointments/appt1/notes/note1", Map.of());

    // rooms and equipment: the list is a bare JSON array
    LoggedRequest rooms = sent(() -> assertEquals("Yoga room", api.listCalendarResources("rooms", LOC, 20, 0).get(0).getName()));
    assertRequestLine(rooms, "GET", "/highlevel-pit/calendars/resources/rooms",
        Map.of("locationId", LOC, "limit", "20", "skip", "0"));

    LoggedRequest createRoom = sent(() -> api.createCalendarResource("rooms", new CalendarResourceCreateRequest()
        .locationId(LOC).name("Yoga room").description("Studio").quantity(BigDecimal.ONE).outOfService(BigDecimal.ZERO)
        .capacity(new BigDecimal("20")).calendarIds(List.of("cal123"))));
    assertRequestLine(createRoom, "POST", "/highlevel-pit/calendars/resources/rooms", Map.of());
    assertJsonBody(createRoom, """
        {"locationId": "loc123", "name": "Yoga room", "description": "Studio", "quantity": 1, "outOfService": 0,
         "capacity": 20, "calendarIds": ["cal123"]}""");

    LoggedRequest getRoom = sent(() -> assertEquals(CalendarResource.ResourceTypeEnum.ROOMS,
        api.getCalendarResource("rooms", "res1").getResourceType()));
    assertRequestLine(getRoom, "GET", "/highlevel-pit/calendars/resources/rooms/res1", Map.of());

    LoggedRequest updateRoom = sent(() -> api.updateCalendarResource("equipments", "res2",
        new CalendarResourceUpdateRequest().quantity(new BigDecimal("3"))));
    assertRequestLine(updateRoom, "PUT", "/highlevel-pit/calendars/resources/equipments/res2", Map.of());
    assertJsonBody(updateRoom, """
        {"quantity": 3}""");

    LoggedRequest deleteRoom = sent(() -> api.deleteCalendarResource("rooms", "res1"));
    assertRequestLine(deleteRoom, "DELETE", "/highlevel-pit/calendars/resources/rooms/res1", Map.of());

    // notifications: the create body and both lists are bare JSON arrays
    LoggedRequest listNotifications = sent(() -> assertEquals(2, api.listCalendarNotifications("cal123", true, null, null, null).size()));
    assertRequestLine(listNotifications, "GET", "/highlevel-pit/calendars/cal123/notifications", Map.of("isActive", "true"));

    LoggedRequest createNotifications = sent(() -> assertEquals("65f1c2d3e4a5b6c7d8e9f013",
        api.createCalendarNotifications("cal123", List.of(new CalendarEventNotificationCreateRequest()
            .receiverType(CalendarEventNotificationCreateRequest.ReceiverTypeEnum.CONTACT)
            .channel(CalendarEventNotificationCreateRequest.ChannelEnum.SMS)
            .notificationType(CalendarEventNotificationCreateRequest.NotificationTypeEnum.REMINDER)
            .beforeTime(List.of(new CalendarEventNotificationSchedule().timeOffset(BigDecimal.ONE).unit("hours")))))
            .get(0).getId()));
    assertRequestLine(createNotifications, "POST", "/highlevel-pit/calendars/cal123/notifications", Map.of());
    assertJsonBody(createNotifications, """
        [{"receiverType": "contact", "channel": "sms", "notificationType": "reminder",
          "beforeTime": [{"timeOffset": 1, "unit": "hours"}]}]""");

    LoggedRequest getNotification = sent(() -> api.getCalendarNotification("cal123", "n1"));
    assertRequestLine(getNotification, "GET", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());

    LoggedRequest updateNotification = sent(() -> api.updateCalendarNotification("cal123", "n1",
        new CalendarEventNotificationUpdateRequest().isActive(false)));
    assertRequestLine(updateNotification, "PUT", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());
    assertJsonBody(updateNotification, """
        {"isActive": false}""");

    LoggedRequest deleteNotification = sent(() -> api.deleteCalendarNotification("cal123", "n1"));
    assertRequestLine(deleteNotification, "DELETE", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());

    // user availability schedules
    LoggedRequest schedules = sent(() -> assertEquals("sch123def456ghi789",
        api.searchCalendarSchedules(LOC, "user123", null, 0, 50).getSchedules().get(0).getId()));
    assertRequestLine(schedules, "GET", "/highlevel-pit/calendars/schedules/search",
        Map.of("locationId", LOC, "userId", "user123", "skip", "0", "limit", "50"));

    LoggedRequest createSchedule = sent(() -> api.createCalendarSchedule(new CalendarScheduleCreateRequest()
        .locationId(LOC).userId("user123").name("Business Hours").timezone("America/New_York")
        .rules(List.of(new CalendarScheduleRule().type(CalendarScheduleRule.TypeEnum.WDAY).day(CalendarScheduleRule.DayEnum.MONDAY)
            .intervals(List.of(new CalendarScheduleInterval().from("09:00").to("17:00")))))));
    assertRequestLine(createSchedule, "POST", "/highlevel-pit/calendars/schedules", Map.of());
    assertJsonBody(createSchedule, """
        {"locationId": "loc123", "userId": "user123", "name": "Business Hours", "timezone": "America/New_York",
         "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "17:00"}]}]}""");

    LoggedRequest getSchedule = sent(() -> api.getCalendarSchedule("sch1"));
    assertRequestLine(getSchedule, "GET", "/highlevel-pit/calendars/schedules/sch1", Map.of());

    LoggedRequest updateSchedule = sent(() -> api.updateCalendarSchedule("sch1", new CalendarScheduleUpdateRequest().name("Late shift")));
    assertRequestLine(updateSchedule, "PUT", "/highlevel-pit/calendars/schedules/sch1", Map.of());
    assertJsonBody(updateSchedule, """
        {"name": "Late shift"}""");

    LoggedRequest deleteSchedule = sent(() -> api.deleteCalendarSchedule("sch1"));
    assertRequestLine(deleteSchedule, "DELETE", "/highlevel-pit/calendars/schedules/sch1", Map.of());

    LoggedRequest apply = sent(() -> assertTrue(api.addCalendarToSchedule("sch1", "cal123").getSuccess()));
    assertRequestLine(apply, "PUT", "/highlevel-pit/calendars/schedules/sch1/associations/cal123", Map.of());
    assertNoBody(apply);

    LoggedRequest unapply = sent(() -> api.removeCalendarFromSchedule("sch1", "cal123"));
    assertRequestLine(unapply, "DELETE", "/highlevel-pit/calendars/schedules/sch1/associations/cal123", Map.of());
  }

  @Test
  @Area("Conversations")
  void conversations() {
    ConversationsApi api = api(ConversationsApi.class);

    LoggedRequest search = sent(() -> assertEquals("conv123", api.searchConversations(LOC, "abc123", null, null, null,
        null, null, null, null, null, 20, null, null, null, null, null, null, null, null, null, null)
        .getConversations().get(0).getId()));
    assertRequestLine(search, "GET", "/highlevel-pit/conversations/search",
        Map.of("locationId", LOC, "contactId", "abc123", "limit", "20"));

    LoggedRequest get = sent(() -> api.getConversation("conv123"));
    assertRequestLine(get, "GET", "/highlevel-pit/conversations/conv123", Map.of());

    LoggedRequest messages = sent(() -> api.listConversationMessages("conv123", "msg9", 20, null));
    assertRequestLine(messages, "GET", "/highlevel-pit/conversations/conv123/messages",
        Map.of("lastMessageId", "msg9", "limit", "20"));

    LoggedRequest create = sent(() -> api.createConversation(new ConversationCreateRequest().locationId(LOC).contactId("abc123")));
    assertRequestLine(create, "POST", "/highlevel-pit/conversations/", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "contactId": "abc123"}""");
  }

  @Test
  @Area("Users")
  @SuppressWarnings("deprecation") // listUsers: deprecated by GHL, still documented by the seed and served
  void users() {
    LoggedRequest list = sent(() -> assertEquals("admin",
        api(UsersApi.class).listUsers(LOC).getUsers().get(0).getRoles().getRole()));
    assertRequestLine(list, "GET", "/highlevel-pit/users/", Map.of("locationId", LOC));

    // GHL's replacement, GET /users/search: companyId required, skip/limit pages
    LoggedRequest search = sent(() -> assertEquals(1, api(UsersApi.class).searchUsers(
        new UsersApi.SearchUsersQueryParams().companyId(COMPANY).locationId(LOC).query("John").skip(10).limit(10)).getCount()));
    assertRequestLine(search, "GET", "/highlevel-pit/users/search",
        Map.of("companyId", COMPANY, "locationId", LOC, "query", "John", "skip", "10", "limit", "10"));
  }

  @Test
  @Area("Tags")
  void tags() {
    TagsApi api = api(TagsApi.class);

    LoggedRequest list = sent(() -> assertEquals("VIP Customer", api.listLocationTags(LOC).getTags().get(0).getName()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/tags", Map.of());

    LoggedRequest create = sent(() -> api.createLocationTag(LOC, new LocationTagCreateRequest().name("New Tag")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/tags", Map.of());
    assertJsonBody(create, """
        {"name": "New Tag"}""");

    LoggedRequest get = sent(() -> api.getLocationTag(LOC, "tag123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());

    LoggedRequest update = sent(() -> api.updateLocationTag(LOC, "tag123", new LocationTagUpdateRequest().name("Updated Tag")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Tag"}""");

    LoggedRequest delete = sent(() -> api.deleteLocationTag(LOC, "tag123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());
  }

  @Test
  @Area("CustomFields")
  void customFields() {
    CustomFieldsApi api = api(CustomFieldsApi.class);

    LoggedRequest list = sent(() -> assertEquals("contact.customer_id",
        api.listCustomFields(LOC, (String) null).getCustomFields().get(0).getFieldKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/customFields", Map.of());

    LoggedRequest create = sent(() -> api.createCustomField(LOC, new CustomFieldCreateRequest().name("Customer ID")
        .dataType("TEXT").model(CustomFieldCreateRequest.ModelEnum.CONTACT)));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/customFields", Map.of());
    assertJsonBody(create, """
        {"name": "Customer ID", "dataType": "TEXT", "model": "contact"}""");

    LoggedRequest get = sent(() -> api.getCustomField(LOC, "cf123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());

    LoggedRequest update = sent(() -> api.updateCustomField(LOC, "cf123", new CustomFieldUpdateRequest().name("Updated Field Name")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Field Name"}""");

    LoggedRequest delete = sent(() -> api.deleteCustomField(LOC, "cf123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());
  }

  @Test
  @Area("ObjectCustomFields")
  void objectCustomFields() {
    ObjectCustomFieldsApi api = api(ObjectCustomFieldsApi.class);
    String objLoc = "ve9EPM428h8vShlRW1KT";

    LoggedRequest create = sent(() -> assertEquals("custom_objects.pet.pet_name", api.createObjectCustomField(
        new ObjectCustomFieldCreateRequest().locationId(objLoc).name("Pet Name").showInForms(true).dataType("TEXT")
            .fieldKey("custom_objects.pet.pet_name").objectKey("custom_objects.pet").parentId("3v34PM428h8vShlRW1KT"))
        .getField().getFieldKey()));
    assertRequestLine(create, "POST", "/highlevel-pit/custom-fields/", Map.of());
    assertJsonBody(create, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "name": "Pet Name", "showInForms": true, "dataType": "TEXT",
         "fieldKey": "custom_objects.pet.pet_name", "objectKey": "custom_objects.pet", "parentId": "3v34PM428h8vShlRW1KT"}""");

    LoggedRequest get = sent(() -> assertEquals("SINGLE_OPTIONS",
        api.getObjectCustomField("cfO1bj3cT9sW2mK4pQ7x").getField().getDataType()));
    assertRequestLine(get, "GET", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());

    LoggedRequest update = sent(() -> api.updateObjectCustomField("cfO1bj3cT9sW2mK4pQ7x",
        new ObjectCustomFieldUpdateRequest().locationId(objLoc).showInForms(true)
            .options(List.of(new ObjectCustomFieldOptionUpdateInput().label("Dog")))));
    assertRequestLine(update, "PUT", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());
    assertJsonBody(update, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "showInForms": true, "options": [{"label": "Dog"}]}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteObjectCustomField("cfO1bj3cT9sW2mK4pQ7x").getSucceded()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());

    LoggedRequest byKey = sent(() -> assertEquals("Pet Details",
        api.getObjectCustomFieldsByObjectKey("custom_objects.pet", objLoc).getFolders().get(0).getName()));
    assertRequestLine(byKey, "GET", "/highlevel-pit/custom-fields/object-key/custom_objects.pet",
        Map.of("locationId", objLoc));

    LoggedRequest createFolder = sent(() -> api.createObjectCustomFieldFolder(
        new ObjectCustomFieldFolderCreateRequest().objectKey("custom_objects.pet").name("Pet Details").locationId(objLoc)));
    assertRequestLine(createFolder, "POST", "/highlevel-pit/custom-fields/folder", Map.of());
    assertJsonBody(createFolder, """
        {"objectKey": "custom_objects.pet", "name": "Pet Details", "locationId": "ve9EPM428h8vShlRW1KT"}""");

    LoggedRequest updateFolder = sent(() -> api.updateObjectCustomFieldFolder("3v34PM428h8vShlRW1KT",
        new ObjectCustomFieldFolderUpdateRequest().name("Pet Profile").locationId(objLoc)));
    assertRequestLine(updateFolder, "PUT", "/highlevel-pit/custom-fields/folder/3v34PM428h8vShlRW1KT", Map.of());
    assertJsonBody(updateFolder, """
        {"name": "Pet Profile", "locationId": "ve9EPM428h8vShlRW1KT"}""");

    LoggedRequest deleteFolder = sent(() -> api.deleteObjectCustomFieldFolder("3v34PM428h8vShlRW1KT", objLoc));
    assertRequestLine(deleteFolder, "DELETE", "/highlevel-pit/custom-fields/folder/3v34PM428h8vShlRW1KT",
        Map.of("locationId", objLoc));
  }

  @Test
  @Area("Objects")
  void objects() {
    ObjectsApi api = api(ObjectsApi.class);
    String objLoc = "ve9EPM428h8vShlRW1KT";
    String rec = "661c06b4ffde146bdb469500";

    LoggedRequest list = sent(() -> assertEquals("custom_objects.pet",
        api.listObjects(objLoc).getObjects().get(0).getKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/objects/", Map.of("locationId", objLoc));

    LoggedRequest create = sent(() -> assertEquals("USER_DEFINED", api.createObject(new ObjectCreateRequest()
        .labels(new ObjectLabels().singular("Pet").plural("Pets")).key("custom_objects.pet").locationId(objLoc)
        .primaryDisplayPropertyDetails(new ObjectPrimaryDisplayPropertyDetails().key("custom_objects.pet.name")
            .name("Pet name").dataType("TEXT"))).getObject().getType()));
    assertRequestLine(create, "POST", "/highlevel-pit/objects/", Map.of());
    assertJsonBody(create, """
        {"labels": {"singular": "Pet", "plural": "Pets"}, "key": "custom_objects.pet", "locationId": "ve9EPM428h8vShlRW1KT",
         "primaryDisplayPropertyDetails": {"key": "custom_objects.pet.name", "name": "Pet name", "dataType": "TEXT"}}""");

    LoggedRequest get = sent(() -> assertEquals("custom_objects.pet.name",
        api.getObject("custom_objects.pet", objLoc, true).getFields().get(0).getFieldKey()));
    assertRequestLine(get, "GET", "/highlevel-pit/objects/custom_objects.pet",
        Map.of("locationId", objLoc, "fetchProperties", "true"));

    LoggedRequest update = sent(() -> api.updateObject("custom_objects.pet",
        new ObjectUpdateRequest().locationId(objLoc).searchableProperties(List.of("custom_objects.pet.name"))));
    assertRequestLine(update, "PUT", "/highlevel-pit/objects/custom_objects.pet", Map.of());
    assertJsonBody(update, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "searchableProperties": ["custom_objects.pet.name"]}""");

    LoggedRequest createRecord = sent(() -> assertEquals("Buddy", api.createObjectRecord("custom_objects.pet",
        new ObjectRecordCreateRequest().locationId(objLoc).properties(Map.of("name", "Buddy")))
        .getRecord().getProperties().get("name")));
    assertRequestLine(createRecord, "POST", "/highlevel-pit/objects/custom_objects.pet/records", Map.of());
    assertJsonBody(createRecord, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "properties": {"name": "Buddy"}}""");

    LoggedRequest search = sent(() -> assertEquals(2, api.searchObjectRecords("custom_objects.pet",
        new ObjectRecordSearchRequest().locationId(objLoc).page(1).pageLimit(10).query("name:Buddy"))
        .getRecords().get(0).getSearchAfter().size()));
    assertRequestLine(search, "POST", "/highlevel-pit/objects/custom_objects.pet/records/search", Map.of());
    assertJsonBody(search, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "page": 1, "pageLimit": 10, "query": "name:Buddy"}""");

    LoggedRequest getRecord = sent(() -> assertEquals(rec,
        api.getObjectRecord("custom_objects.pet", rec).getRecord().getId()));
    assertRequestLine(getRecord, "GET", "/highlevel-pit/objects/custom_objects.pet/records/" + rec, Map.of());

    LoggedRequest updateRecord = sent(() -> api.updateObjectRecord("custom_objects.pet", rec, objLoc,
        new ObjectRecordUpdateRequest().properties(Map.of("age", 4))));
    assertRequestLine(updateRecord, "PUT", "/highlevel-pit/objects/custom_objects.pet/records/" + rec,
        Map.of("locationId", objLoc));
    assertJsonBody(updateRecord, """
        {"properties": {"age": 4}}""");

    LoggedRequest deleteRecord = sent(() -> assertTrue(
        api.deleteObjectRecord("custom_objects.pet", rec).getSuccess()));
    assertRequestLine(deleteRecord, "DELETE", "/highlevel-pit/objects/custom_objects.pet/records/" + rec, Map.of());
  }

  @Test
  @Area("Associations")
  void associations() {
    AssociationsApi api = api(AssociationsApi.class);
    String loc = "ve9EPM428h8vShlRW1KT";
    String aid = "6d6f6e676f5f6576656e7473";
    String rel = "67a0c1b2d3e4f5a6b7c8d9e0";
    String rec = "661c06b4ffde146bdb469500";

    LoggedRequest list = sent(() -> assertEquals("student_teacher",
        api.listAssociations(loc, 0, 100).getAssociations().get(0).getKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/associations/",
        Map.of("locationId", loc, "skip", "0", "limit", "100"));

    LoggedRequest create = sent(() -> assertEquals(aid, api.createAssociation(new AssociationCreateRequest()
        .locationId(loc).key("student_teacher").firstObjectLabel("student").firstObjectKey("custom_objects.children")
        .secondObjectLabel("teacher").secondObjectKey("contact")).getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/associations/", Map.of());
    assertJsonBody(create, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "key": "student_teacher", "firstObjectLabel": "student",
         "firstObjectKey": "custom_objects.children", "secondObjectLabel": "teacher", "secondObjectKey": "contact"}""");

    LoggedRequest byKey = sent(() -> assertEquals(aid, api.getAssociationByKey("student_teacher", loc).getId()));
    assertRequestLine(byKey, "GET", "/highlevel-pit/associations/key/student_teacher", Map.of("locationId", loc));

    LoggedRequest byObject = sent(() -> assertEquals(1,
        api.listAssociationsByObjectKey("custom_objects.children", loc).getAssociations().size()));
    assertRequestLine(byObject, "GET", "/highlevel-pit/associations/objectKey/custom_objects.children",
        Map.of("locationId", loc));

    LoggedRequest get = sent(() -> assertEquals("USER_DEFINED", api.getAssociation(aid).getAssociationType()));
    assertRequestLine(get, "GET", "/highlevel-pit/associations/" + aid, Map.of());

    LoggedRequest update = sent(() -> api.updateAssociation(aid,
        new AssociationUpdateRequest().firstObjectLabel("student").secondObjectLabel("tutor")));
    assertRequestLine(update, "PUT", "/highlevel-pit/associations/" + aid, Map.of());
    assertJsonBody(update, """
        {"firstObjectLabel": "student", "secondObjectLabel": "tutor"}""");

    LoggedRequest createRel = sent(() -> assertEquals(rel, api.createAssociationRelation(
        new AssociationRelationCreateRequest().locationId(loc).associationId(aid).firstRecordId(rec)
            .secondRecordId("sx6wyHhbFdRXh302Lunr")).getId()));
    assertRequestLine(createRel, "POST", "/highlevel-pit/associations/relations", Map.of());
    assertJsonBody(createRel, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "associationId": "6d6f6e676f5f6576656e7473",
         "firstRecordId": "661c06b4ffde146bdb469500", "secondRecordId": "sx6wyHhbFdRXh302Lunr"}""");

    LoggedRequest rels = sent(() -> assertEquals(rel, api.listAssociationRelationsByRecord(rec, loc, 0, 100, null)
        .getRelations().get(0).getId()));
    assertRequestLine(rels, "GET", "/highlevel-pit/associations/relations/" + rec,
        Map.of("locationId", loc, "skip", "0", "limit", "100"));

    LoggedRequest deleteRel = sent(() -> assertEquals(rel, api.deleteAssociationRelation(rel, loc).getId()));
    assertRequestLine(deleteRel, "DELETE", "/highlevel-pit/associations/relations/" + rel, Map.of("locationId", loc));

    LoggedRequest delete = sent(() -> assertTrue(api.deleteAssociation(aid).getDeleted()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/associations/" + aid, Map.of());
  }

  @Test
  @Area("LocationTasks")
  void locationTasks() {
    LocationTasksApi api = api(LocationTasksApi.class);
    String rtid = "sx6wyHhbFdRXh302Lunr";

    // paged in the body (skip/limit), not in the query
    LoggedRequest search = sent(() -> assertEquals("Follow up call", api.searchLocationTasks(LOC,
        new LocationTaskSearchRequest().contactId(List.of("dSMo5jnqkJyh8YeGXM7k")).completed(false)
            .assignedTo(List.of("0004Mtfsd11SBU1mBPgd")).query("Follow up").limit(25).skip(50))
        .getTasks().get(0).getTitle()));
    assertRequestLine(search, "POST", "/highlevel-pit/locations/loc123/tasks/search", Map.of());
    assertJsonBody(search, """
        {"contactId": ["dSMo5jnqkJyh8YeGXM7k"], "completed": false, "assignedTo": ["0004Mtfsd11SBU1mBPgd"],
         "query": "Follow up", "limit": 25, "skip": 50}""");

    LoggedRequest create = sent(() -> assertEquals(rtid, api.createLocationRecurringTask(LOC,
        new LocationRecurringTaskCreateRequest().title("Weekly check-in call").contactIds(List.of("dSMo5jnqkJyh8YeGXM7k"))
            .owners(List.of("0004Mtfsd11SBU1mBPgd")).rruleOptions(new LocationRecurringTaskRuleInput()
                .intervalType(LocationRecurringTaskRuleInput.IntervalTypeEnum.WEEKLY).interval(1)
                .dayOfWeek(LocationRecurringTaskRuleInput.DayOfWeekEnum.MO).startDate("2026-06-01T09:00:00.000Z")
                .dueAfterSeconds(86400).count(12)))
        .getRecurringTask().getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/recurring-tasks", Map.of());
    assertJsonBody(create, """
        {"title": "Weekly check-in call", "contactIds": ["dSMo5jnqkJyh8YeGXM7k"], "owners": ["0004Mtfsd11SBU1mBPgd"],
         "rruleOptions": {"intervalType": "weekly", "interval": 1, "dayOfWeek": "MO",
                          "startDate": "2026-06-01T09:00:00.000Z", "dueAfterSeconds": 86400, "count": 12}}""");

    LoggedRequest get = sent(() -> assertEquals(LocationRecurringTaskRuleInput.IntervalTypeEnum.WEEKLY.getValue(),
        api.getLocationRecurringTask(LOC, rtid).getRecurringTask().getRruleOptions().getIntervalType().getValue()));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
    assertNoBody(get);

    LoggedRequest update = sent(() -> api.updateLocationRecurringTask(LOC, rtid,
        new LocationRecurringTaskUpdateRequest().title("Bi-weekly check-in call")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
    assertJsonBody(update, """
        {"title": "Bi-weekly check-in call"}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteLocationRecurringTask(LOC, rtid).getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
  }

  @Test
  @Area("LocationTemplates")
  void locationTemplates() {
    LocationTemplatesApi api = api(LocationTemplatesApi.class);
    String origin = "ve9EPM428h8vShlRW1KT";

    LoggedRequest list = sent(() -> assertEquals("sms",
        api.listLocationTemplates(LOC, origin, null, 25, 25, "sms").getTemplates().get(0).getType()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/templates",
        Map.of("originId", origin, "skip", "25", "limit", "25", "type", "sms"));

    // an open type: a value the spec does not list goes out as given
    LoggedRequest other = sent(() -> api.listLocationTemplates(LOC, origin, true, null, null, "rcs"));
    assertRequestLine(other, "GET", "/highlevel-pit/locations/loc123/templates",
        Map.of("originId", origin, "deleted", "true", "type", "rcs"));

    LoggedRequest delete = sent(() -> api.deleteLocationTemplate(LOC, "2yMwhgTNO19bpintqrap"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/templates/2yMwhgTNO19bpintqrap", Map.of());
    assertNoBody(delete);
  }

  @Test
  @Area("CustomValues")
  void customValues() {
    CustomValuesApi api = api(CustomValuesApi.class);

    LoggedRequest list = sent(() -> assertEquals("{{ custom_values.company_tagline }}",
        api.listCustomValues(LOC).getCustomValues().get(0).getFieldKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/customValues", Map.of());

    LoggedRequest create = sent(() -> api.createCustomValue(LOC,
        new CustomValueCreateRequest().name("Company Tagline").value("We build great things")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/customValues", Map.of());
    assertJsonBody(create, """
        {"name": "Company Tagline", "value": "We build great things"}""");

    LoggedRequest get = sent(() -> api.getCustomValue(LOC, "cv123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());

    LoggedRequest update = sent(() -> api.updateCustomValue(LOC, "cv123",
        new CustomValueUpdateRequest().name("Updated Name").value("Updated value")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Name", "value": "Updated value"}""");

    LoggedRequest delete = sent(() -> api.deleteCustomValue(LOC, "cv123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());
  }

  @Test
  @Area("Businesses")
  void businesses() {
    BusinessesApi api = api(BusinessesApi.class);

    LoggedRequest list = sent(() -> assertEquals("biz123", api.listBusinesses(LOC, null, null).getBusinesses().get(0).getId()));
    assertRequestLine(list, "GET", "/highlevel-pit/businesses/", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getBusiness("biz123"));
    assertRequestLine(get, "GET", "/highlevel-pit/businesses/biz123", Map.of());

    LoggedRequest create = sent(() -> api.createBusiness(new BusinessCreateRequest().locationId(LOC).name("New Business")
        .city("San Francisco").phone("+15551234567").email("info@newbiz.com").website("www.newbiz.com")));
    assertRequestLine(create, "POST", "/highlevel-pit/businesses/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "New Business",
        "city": "San Francisco",
        "phone": "+15551234567",
        "email": "info@newbiz.com",
        "website": "www.newbiz.com"
        }""");

    LoggedRequest update = sent(() -> api.updateBusiness("biz123",
        new BusinessUpdateRequest().name("Updated Business").city("Los Angeles")));
    assertRequestLine(update, "PUT", "/highlevel-pit/businesses/biz123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Business", "city": "Los Angeles"}""");

    LoggedRequest delete = sent(() -> api.deleteBusiness("biz123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/businesses/biz123", Map.of());
  }

  @Test
  @Area("Products")
  void products() {
    ProductsApi api = api(ProductsApi.class);

    LoggedRequest list = sent(() -> api.listProducts(LOC, null, null, null, null, null, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/products/", Map.of("locationId", LOC));

    // Note (seed): locationId is required even for single product retrieval
    LoggedRequest get = sent(() -> api.getProduct("prod123", LOC, null));
    assertRequestLine(get, "GET", "/highlevel-pit/products/prod123", Map.of("locationId", LOC));

    LoggedRequest create = sent(() -> api.createProduct(new ProductCreateRequest().locationId(LOC).name("Digital Course")
        .description("Online training program").productType(ProductCreateRequest.ProductTypeEnum.DIGITAL)));
    assertRequestLine(create, "POST", "/highlevel-pit/products/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "Digital Course",
        "description": "Online training program",
        "productType": "DIGITAL"
        }""");

    LoggedRequest delete = sent(() -> api.deleteProduct("prod123", LOC, null));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/products/prod123", Map.of("locationId", LOC));

    // the official sendWishlistStatus query parameter (issue #25)
    LoggedRequest deleteWishlist = sent(() -> api.deleteProduct("prod123", LOC, true));
    assertRequestLine(deleteWishlist, "DELETE", "/highlevel-pit/products/prod123",
        Map.of("locationId", LOC, "sendWishlistStatus", "true"));
  }

  @Test
  @Area("Invoices")
  void invoices() {
    InvoicesApi api = api(InvoicesApi.class);

    // IMPORTANT (seed): both offset and altId/altType are required
    LoggedRequest list = sent(() -> api.listInvoices(LOC, "location", 20, 0, null, null, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/invoices/",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0"));

    LoggedRequest get = sent(() -> api.getInvoice("inv123", LOC, "location"));
    assertRequestLine(get, "GET", "/highlevel-pit/invoices/inv123", Map.of("altId", LOC, "altType", "location"));
  }

  @Test
  @Area("Payments")
  void payments() {
    PaymentsApi api = api(PaymentsApi.class);
    Map<String, String> altLocation = Map.of("altId", LOC, "altType", "location", "limit", "20");

    LoggedRequest orders = sent(() -> api.listOrders(new ListOrdersQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(orders, "GET", "/highlevel-pit/payments/orders", altLocation);

    LoggedRequest transactions = sent(() -> api.listTransactions(
        new ListTransactionsQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(transactions, "GET", "/highlevel-pit/payments/transactions", altLocation);

    LoggedRequest subscriptions = sent(() -> api.listSubscriptions(
        new ListSubscriptionsQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(subscriptions, "GET", "/highlevel-pit/payments/subscriptions", altLocation);
  }

  @Test
  @Area("Links")
  void links() {
    LinksApi api = api(LinksApi.class);

    LoggedRequest list = sent(() -> api.listLinks(LOC));
    assertRequestLine(list, "GET", "/highlevel-pit/links/", Map.of("locationId", LOC));

    LoggedRequest create = sent(() -> assertEquals("{{trigger_link.link123}}", api.createLink(new LinkCreateRequest()
        .locationId(LOC).name("Survey Link").redirectTo("https://example.com/survey")).getLink().getFieldKey()));
    assertRequestLine(create, "POST", "/highlevel-pit/links/", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "name": "Survey Link", "redirectTo": "https://example.com/survey"}""");

    LoggedRequest update = sent(() -> api.updateLink("link123",
        new LinkUpdateRequest().name("Updated Link").redirectTo("https://updated.com")));
    assertRequestLine(update, "PUT", "/highlevel-pit/links/link123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Link", "redirectTo": "https://updated.com"}""");

    LoggedRequest delete = sent(() -> api.deleteLink("link123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/links/link123", Map.of());

    LoggedRequest get = sent(() -> assertEquals("link123", api.getLink("link123", LOC).getLink().getId()));
    assertRequestLine(get, "GET", "/highlevel-pit/links/id/link123", Map.of("locationId", LOC));

    LoggedRequest search = sent(() -> assertEquals(1, api.searchLinks(LOC, "Survey", 20, 10).getLinks().size()));
    assertRequestLine(search, "GET", "/highlevel-pit/links/search",
        Map.of("locationId", LOC, "query", "Survey", "skip", "20", "limit", "10"));
  }

  @Test
  @Area("Workflows")
  void workflows() {
    LoggedRequest list = sent(() -> api(WorkflowsApi.class).listWorkflows(LOC));
    assertRequestLine(list, "GET", "/highlevel-pit/workflows/", Map.of("locationId", LOC));
  }

  @Test
  @Area("Campaigns")
  void campaigns() {
    LoggedRequest list = sent(() -> api(CampaignsApi.class).listCampaigns(LOC, null));
    assertRequestLine(list, "GET", "/highlevel-pit/campaigns/", Map.of("locationId", LOC));
  }

  @Test
  @Area("Forms")
  void forms() {
    LoggedRequest list = sent(() -> api(FormsApi.class).listForms(LOC, 20, 10, null));
    assertRequestLine(list, "GET", "/highlevel-pit/forms/", Map.of("locationId", LOC, "skip", "20", "limit", "10"));

    LoggedRequest submissions = sent(() -> assertEquals("Gold", api(FormsApi.class)
        .listFormSubmissions(LOC, 2, 50, "YSWdvS4Is98wtIDGnpmI", "john@deo.com", "2026-03-14", "2026-04-14")
        .getSubmissions().get(0).getOthers().getAdditionalProperty("MgobCB14YMVKuE4Ka8p1")));
    assertRequestLine(submissions, "GET", "/highlevel-pit/forms/submissions", Map.of("locationId", LOC, "page", "2",
        "limit", "50", "formId", "YSWdvS4Is98wtIDGnpmI", "q", "john@deo.com", "startAt", "2026-03-14", "endAt", "2026-04-14"));
    assertNoBody(submissions);
  }

  @Test
  @Area("Surveys")
  void surveys() {
    LoggedRequest list = sent(() -> api(SurveysApi.class).listSurveys(LOC, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/surveys/", Map.of("locationId", LOC));

    LoggedRequest submissions = sent(() -> assertEquals(2, api(SurveysApi.class)
        .listSurveySubmissions(LOC, 1, 100, "jjusM6EOngDExnbo2DbU", null, null, null).getMeta().getNextPage()));
    assertRequestLine(submissions, "GET", "/highlevel-pit/surveys/submissions",
        Map.of("locationId", LOC, "page", "1", "limit", "100", "surveyId", "jjusM6EOngDExnbo2DbU"));
    assertNoBody(submissions);
  }

  @Test
  @Area("Funnels")
  void funnels() {
    LoggedRequest list = sent(() -> api(FunnelsApi.class).listFunnels(LOC, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/funnels/funnel/list", Map.of("locationId", LOC));

    FunnelsApi api = api(FunnelsApi.class);
    String rid = "6p2RxpgtMKQwO3E6IUaT";
    LoggedRequest create = sent(() -> assertEquals("/old-path", api.createFunnelRedirect(new FunnelRedirectCreateRequest()
        .locationId(LOC).domain("www.example.com").path("/old-path").target("https://www.example.com/new-path").action("url"))
        .getData().getPath()));
    assertRequestLine(create, "POST", "/highlevel-pit/funnels/lookup/redirect", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "domain": "www.example.com", "path": "/old-path",
         "target": "https://www.example.com/new-path", "action": "url"}""");

    // an open action: a value the spec does not list goes out as given
    LoggedRequest update = sent(() -> api.updateFunnelRedirect(rid, new FunnelRedirectUpdateRequest()
        .target("https://www.example.com/newer-path").action("store").locationId(LOC)));
    assertRequestLine(update, "PATCH", "/highlevel-pit/funnels/lookup/redirect/" + rid, Map.of());
    assertJsonBody(update, """
        {"target": "https://www.example.com/newer-path", "action": "store", "locationId": "loc123"}""");

    LoggedRequest delete = sent(() -> assertEquals("ok", api.deleteFunnelRedirect(rid, LOC).getData().getStatus()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/funnels/lookup/redirect/" + rid, Map.of("locationId", LOC));
    assertNoBody(delete);

    LoggedRequest redirects = sent(() -> assertEquals(42, api.listFunnelRedirects(LOC, 20, 40, "example.com/old")
        .getData().getCount()));
    assertRequestLine(redirects, "GET", "/highlevel-pit/funnels/lookup/redirect/list",
        Map.of("locationId", LOC, "limit", "20", "offset", "40", "search", "example.com/old"));

    String funnel = "iucJ6TdFZiddhq9f6znh";
    LoggedRequest pages = sent(() -> assertEquals("Home", api.listFunnelPages(LOC, funnel, null, 20, 0).get(0).getName()));
    assertRequestLine(pages, "GET", "/highlevel-pit/funnels/page",
        Map.of("locationId", LOC, "funnelId", funnel, "limit", "20", "offset", "0"));

    LoggedRequest count = sent(() -> assertEquals(20, api.countFunnelPages(LOC, funnel, "Home").getCount()));
    assertRequestLine(count, "GET", "/highlevel-pit/funnels/page/count",
        Map.of("locationId", LOC, "funnelId", funnel, "name", "Home"));
  }

  @Test
  @Area("SocialMediaPosting")
  void socialMediaPosting() {
    SocialMediaPostingApi api = api(SocialMediaPostingApi.class);

    // locationId goes in the path, not in the query
    LoggedRequest accounts = sent(() -> api.listSocialAccounts(LOC));
    assertRequestLine(accounts, "GET", "/highlevel-pit/social-media-posting/loc123/accounts", Map.of());

    LoggedRequest categories = sent(() -> api.listSocialCategories(LOC, null, 10, 0));
    assertRequestLine(categories, "GET", "/highlevel-pit/social-media-posting/loc123/categories",
        Map.of("limit", "10", "skip", "0"));
  }

  @Test
  @Area("SocialMediaPosting")
  void socialPostsTagsCsvAndStatistics() {
    SocialMediaPostingApi api = api(SocialMediaPostingApi.class);
    String post = "65fac446d599990d1313c1dd";
    String account = "aF3KhyL8JIuBwzK3m7Ly_loc123_12554616564525983496";
    String base = "/highlevel-pit/social-media-posting/loc123";

    // a scheduled post with an image: status and type are open strings
    LoggedRequest create = sent(() -> assertEquals("image/png", api.createSocialPost(LOC, new SocialPostCreateRequest()
        .accountIds(List.of(account)).summary("Our spring sale starts today!").status("scheduled")
        .scheduleDate("2026-12-24T09:00:00.000Z").type("post").userId("user123")
        .media(List.of(new SocialPostMedia().url("https://example.com/sale.png").type("image/png"))))
        .getResults().getPost().getMedia().get(0).getType()));
    assertRequestLine(create, "POST", base + "/posts", Map.of());
    assertJsonBody(create, """
        {"accountIds": ["%s"], "summary": "Our spring sale starts today!", "status": "scheduled",
         "scheduleDate": "2026-12-24T09:00:00.000Z", "type": "post", "userId": "user123",
         "media": [{"url": "https://example.com/sale.png", "type": "image/png"}]}""".formatted(account));

    // the search pages in its body (strings, as GHL documents them), not in the query
    LoggedRequest list = sent(() -> assertEquals(1, api.listSocialPosts(LOC, new SocialPostsListRequest().type("scheduled")
        .skip("0").limit("10").fromDate("2026-12-01T00:00:00.000Z").toDate("2026-12-31T23:59:59.999Z")
        .includeUsers("false")).getResults().getCount()));
    assertRequestLine(list, "POST", base + "/posts/list", Map.of());
    assertJsonBody(list, """
        {"type": "scheduled", "skip": "0", "limit": "10", "fromDate": "2026-12-01T00:00:00.000Z",
         "toDate": "2026-12-31T23:59:59.999Z", "includeUsers": "false"}""");

    LoggedRequest get = sent(() -> assertEquals(post, api.getSocialPost(LOC, post).getResults().getPost().getId()));
    assertRequestLine(get, "GET", base + "/posts/" + post, Map.of());
    assertNoBody(get);

    LoggedRequest update = sent(() -> assertTrue(api.updateSocialPost(LOC, post,
        new SocialPostUpdateRequest().type("post").summary("Tomorrow!").scheduleTimeUpdated(true)).getSuccess()));
    assertRequestLine(update, "PUT", base + "/posts/" + post, Map.of());
    assertJsonBody(update, """
        {"type": "post", "summary": "Tomorrow!", "scheduleTimeUpdated": true}""");

    LoggedRequest delete = sent(() -> assertEquals(post, api.deleteSocialPost(LOC, post).getResults().getPostId()));
    assertRequestLine(delete, "DELETE", base + "/posts/" + post, Map.of());

    LoggedRequest bulk = sent(() -> assertEquals(2, api.deleteSocialPosts(LOC,
        new SocialPostsBulkDeleteRequest().postIds(List.of("p1", "p2"))).getResults().getDeletedCount()));
    assertRequestLine(bulk, "POST", base + "/posts/bulk-delete", Map.of());
    assertJsonBody(bulk, """
        {"postIds": ["p1", "p2"]}""");

    LoggedRequest deleteAccount = sent(() -> assertEquals(LOC,
        api.deleteSocialAccount(LOC, account, null, "user123").getResults().getLocationId()));
    assertRequestLine(deleteAccount, "DELETE", base + "/accounts/" + account, Map.of("userId", "user123"));

    LoggedRequest category = sent(() -> assertEquals("Promotions",
        api.getSocialCategory(LOC, "64f0c2d1e5a1b2c3d4e5f601").getResults().getCategory().getName()));
    assertRequestLine(category, "GET", base + "/categories/64f0c2d1e5a1b2c3d4e5f601", Map.of());

    LoggedRequest tags = sent(() -> assertEquals("spring-sale",
        api.listSocialTags(LOC, "sale", 10, 20).getResults().getTags().get(0).getTag()));
    assertRequestLine(tags, "GET", base + "/tags", Map.of("searchText", "sale", "limit", "10", "skip", "20"));

    LoggedRequest tagDetails = sent(() -> api.getSocialTagsByIds(LOC,
        new SocialTagsByIdsRequest().tagIds(List.of("65fbdcfecc884f07e645ea8b"))));
    assertRequestLine(tagDetails, "POST", base + "/tags/details", Map.of());
    assertJsonBody(tagDetails, """
        {"tagIds": ["65fbdcfecc884f07e645ea8b"]}""");

    // the location goes in the query here; platforms is an open list
    LoggedRequest stats = sent(() -> assertEquals(1250, api.getSocialStatistics(LOC, new SocialStatisticsRequest()
        .profileIds(List.of("67a5a9aa776c837de4aa5b12")).platforms(List.of("facebook", "threads")))
        .getResults().getTotals().getFollowers()));
    assertRequestLine(stats, "POST", "/highlevel-pit/social-media-posting/statistics", Map.of("locationId", LOC));
    assertJsonBody(stats, """
        {"profileIds": ["67a5a9aa776c837de4aa5b12"], "platforms": ["facebook", "threads"]}""");

    // CSV import (the upload itself is multipart: checked through the client in SocialPostsTest)
    String csv = "65f92e55cc884f0d0845e447";
    LoggedRequest imports = sent(() -> assertEquals(csv,
        api.listSocialCsvImports(LOC, 0, 10, true, null).getResults().getCsvs().get(0).getId()));
    assertRequestLine(imports, "GET", base + "/csv", Map.of("skip", "0", "limit", "10", "includeUsers", "true"));

    LoggedRequest setAccounts = sent(() -> api.setSocialCsvAccounts(LOC, new SocialCsvAccountsSetRequest()
        .accountIds(List.of(account)).filePath("loc123/import.csv").rowsCount(6).fileName("import.csv")));
    assertRequestLine(setAccounts, "POST", base + "/set-accounts", Map.of());
    assertJsonBody(setAccounts, """
        {"accountIds": ["%s"], "filePath": "loc123/import.csv", "rowsCount": 6, "fileName": "import.csv"}"""
        .formatted(account));

    LoggedRequest csvPosts = sent(() -> assertEquals(1080,
        api.getSocialCsvImport(LOC, csv, 10, 10).getResults().getPosts().get(0).getMedias().get(0).getWidth()));
    assertRequestLine(csvPosts, "GET", base + "/csv/" + csv, Map.of("skip", "10", "limit", "10"));

    LoggedRequest finalize = sent(() -> api.finalizeSocialCsvImport(LOC, csv, new SocialCsvFinalizeRequest().userId("user123")));
    assertRequestLine(finalize, "PATCH", base + "/csv/" + csv, Map.of());
    assertJsonBody(finalize, """
        {"userId": "user123"}""");

    LoggedRequest deleteCsv = sent(() -> assertEquals("completed",
        api.deleteSocialCsvImport(LOC, csv).getResults().getCsv().getStatus()));
    assertRequestLine(deleteCsv, "DELETE", base + "/csv/" + csv, Map.of());

    LoggedRequest deleteCsvPost = sent(() -> api.deleteSocialCsvPost(LOC, csv, "p9"));
    assertRequestLine(deleteCsvPost, "DELETE", base + "/csv/" + csv + "/post/p9", Map.of());
  }

  @Test
  @Area("Medias")
  void medias() {
    // IMPORTANT (seed): the type parameter is required
    LoggedRequest files = sent(() -> api(MediasApi.class).listMediaFiles(LOC, "location", "file", 20, null, null, null,
        null, null, null));
    assertRequestLine(files, "GET", "/highlevel-pit/medias/files",
        Map.of("altId", LOC, "altType", "location", "type", "file", "limit", "20"));

    MediasApi api = api(MediasApi.class);
    LoggedRequest folder = sent(() -> assertEquals("folder", api.createMediaFolder(new MediaFolderCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Brand assets")).getType()));
    assertRequestLine(folder, "POST", "/highlevel-pit/medias/folder", Map.of());
    assertJsonBody(folder, """
        {"altId": "loc123", "altType": "location", "name": "Brand assets"}""");

    LoggedRequest rename = sent(() -> assertEquals(Boolean.TRUE, api.updateMediaFile("file123", new MediaFileUpdateRequest()
        .name("New name.pdf").altType(AltType.LOCATION).altId(LOC)).getUpdated()));
    assertRequestLine(rename, "POST", "/highlevel-pit/medias/file123", Map.of());
    assertJsonBody(rename, """
        {"name": "New name.pdf", "altType": "location", "altId": "loc123"}""");

    LoggedRequest delete = sent(() -> api.deleteMediaFile("file123", "location", LOC));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/medias/file123", Map.of("altType", "location", "altId", LOC));
    assertNoBody(delete);

    LoggedRequest bulkUpdate = sent(() -> assertEquals(Boolean.TRUE, api.updateMediaFiles(new MediaFilesUpdateRequest()
        .altId(LOC).altType(AltType.LOCATION)
        .filesToBeUpdated(List.of(new MediaFilesUpdateItem().id("file123").name("a.pdf")))).get(0).getUpdated()));
    assertRequestLine(bulkUpdate, "PUT", "/highlevel-pit/medias/update-files", Map.of());
    assertJsonBody(bulkUpdate, """
        {"altId": "loc123", "altType": "location", "filesToBeUpdated": [{"id": "file123", "name": "a.pdf"}]}""");

    LoggedRequest bulkDelete = sent(() -> assertEquals(Boolean.TRUE, api.deleteMediaFiles(new MediaFilesDeleteRequest()
        .filesToBeDeleted(List.of(new MediaFilesDeleteItem().id("file123")))
        .altType(AltType.LOCATION).altId(LOC).status("trashed")).get(0).getDeleted()));
    assertRequestLine(bulkDelete, "PUT", "/highlevel-pit/medias/delete-files", Map.of());
    assertJsonBody(bulkDelete, """
        {"filesToBeDeleted": [{"_id": "file123"}], "altType": "location", "altId": "loc123", "status": "trashed"}""");
    // uploadMediaFile (multipart) is checked on the wire through the client: ghl-client-ext's MediaUploadTest
  }

  @Test
  @Area("Companies")
  void companies() {
    LoggedRequest get = sent(() -> assertEquals(COMPANY, api(CompaniesApi.class).getCompany(COMPANY).getCompany().getId()));
    assertRequestLine(get, "GET", "/highlevel-pit/companies/xyz789", Map.of());
  }

  @Test
  @Area("Courses")
  void courses() {
    LoggedRequest imported = sent(() -> api(CoursesApi.class).importCourses(new CourseImportRequest().locationId(LOC)
        .products(List.of(new CourseProduct().title("Academy").description("All of it").categories(List.of(
            new CourseCategory().title("Start").visibility(CourseCategory.VisibilityEnum.PUBLISHED)))))));
    assertRequestLine(imported, "POST", "/highlevel-pit/courses/courses-exporter/public/import", Map.of());
    assertJsonBody(imported, """
        {"locationId": "loc123", "products": [{"title": "Academy", "description": "All of it",
         "categories": [{"title": "Start", "visibility": "published"}]}]}""");
  }

  @Test
  @Area("CustomMenus")
  void customMenus() {
    CustomMenusApi api = api(CustomMenusApi.class);
    LoggedRequest list = sent(() -> assertEquals(1, api.listCustomMenus(LOC, 0, 20, null, null).getTotalLinks()));
    assertRequestLine(list, "GET", "/highlevel-pit/custom-menus/", Map.of("locationId", LOC, "skip", "0", "limit", "20"));

    LoggedRequest create = sent(() -> api.createCustomMenu(new CustomMenuCreateRequest().title("Portal")
        .url("https://portal.example.com/").icon(new CustomMenuIconCreate().name("yin-yang")
            .fontFamily(CustomMenuIconCreate.FontFamilyEnum.FAS)).showOnCompany(true).showOnLocation(true)
        .showToAllLocations(true).openMode(CustomMenuCreateRequest.OpenModeEnum.IFRAME).locations(List.of())
        .userRole(CustomMenuCreateRequest.UserRoleEnum.ALL)));
    assertRequestLine(create, "POST", "/highlevel-pit/custom-menus/", Map.of());
    assertJsonBody(create, """
        {"title": "Portal", "url": "https://portal.example.com/", "icon": {"name": "yin-yang", "fontFamily": "fas"},
         "showOnCompany": true, "showOnLocation": true, "showToAllLocations": true, "openMode": "iframe",
         "locations": [], "userRole": "all"}""");

    LoggedRequest get = sent(() -> assertEquals("Client Portal", api.getCustomMenu("menu123").getCustomMenu().getTitle()));
    assertRequestLine(get, "GET", "/highlevel-pit/custom-menus/menu123", Map.of());

    LoggedRequest update = sent(() -> api.updateCustomMenu("menu123", new CustomMenuUpdateRequest().title("Portal 2")));
    assertRequestLine(update, "PUT", "/highlevel-pit/custom-menus/menu123", Map.of());
    assertJsonBody(update, """
        {"title": "Portal 2"}""");

    LoggedRequest delete = sent(() -> assertEquals(Boolean.TRUE, api.deleteCustomMenu("menu123").getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/custom-menus/menu123", Map.of());
  }

  @Test
  @Area("BrandBoards")
  void brandBoards() {
    BrandBoardsApi api = api(BrandBoardsApi.class);
    LoggedRequest create = sent(() -> assertEquals("My Brand Board", api.createBrandBoard(new BrandBoardCreateRequest()
        .locationId(LOC).name("Board").colors(List.of(new BrandBoardColor().id("c1").hexa("#FF5733FF")
            .rgba("rgba(255, 87, 51, 1)").hex("#FF5733").rgb("rgb(255, 87, 51)").label("Orange")))).getName()));
    assertRequestLine(create, "POST", "/highlevel-pit/brand-boards/", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "name": "Board", "colors": [{"id": "c1", "hexa": "#FF5733FF",
         "rgba": "rgba(255, 87, 51, 1)", "hex": "#FF5733", "rgb": "rgb(255, 87, 51)", "label": "Orange"}]}""");

    LoggedRequest list = sent(() -> assertEquals(1, api.listBrandBoards(LOC, 10, 0, null, null).getTotalCount()));
    assertRequestLine(list, "GET", "/highlevel-pit/brand-boards/loc123", Map.of("limit", "10", "offset", "0"));

    LoggedRequest get = sent(() -> api.getBrandBoard(LOC, "bb123"));
    assertRequestLine(get, "GET", "/highlevel-pit/brand-boards/loc123/bb123", Map.of());

    LoggedRequest update = sent(() -> api.updateBrandBoard(LOC, "bb123", new BrandBoardUpdateRequest().name("Board 2")._default(true)));
    assertRequestLine(update, "PATCH", "/highlevel-pit/brand-boards/loc123/bb123", Map.of());
    assertJsonBody(update, """
        {"name": "Board 2", "default": true}""");

    LoggedRequest delete = sent(() -> assertEquals(Boolean.TRUE, api.deleteBrandBoard(LOC, "bb123").getDeleted()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/brand-boards/loc123/bb123", Map.of());
  }

  @Test
  @Area("Emails")
  void emails() {
    EmailsApi api = api(EmailsApi.class);
    LoggedRequest campaigns = sent(() -> assertEquals("Black Friday Campaign", api.listEmailCampaigns(LOC, 10, 0, "complete",
        null, null, null, null, null, true, null).getSchedules().get(0).getName()));
    assertRequestLine(campaigns, "GET", "/highlevel-pit/emails/schedule",
        Map.of("locationId", LOC, "limit", "10", "offset", "0", "status", "complete", "campaignsOnly", "true"));

    LoggedRequest templates = sent(() -> assertEquals("Welcome email", api.listEmailTemplates(LOC, 10, 0, null, "desc", null,
        null, null, null, null, true).getBuilders().get(0).getName()));
    assertRequestLine(templates, "GET", "/highlevel-pit/emails/builder",
        Map.of("locationId", LOC, "limit", "10", "offset", "0", "sortByDate", "desc", "templatesOnly", "true"));

    LoggedRequest create = sent(() -> assertEquals("66e811229245fc0987655903", api.createEmailTemplate(
        new EmailTemplateCreateRequest().locationId(LOC).type(EmailTemplateCreateRequest.TypeEnum.HTML).title("Welcome"))
        .getRedirect()));
    assertRequestLine(create, "POST", "/highlevel-pit/emails/builder", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "type": "html", "title": "Welcome"}""");

    LoggedRequest update = sent(() -> api.updateEmailTemplate(new EmailTemplateUpdateRequest().locationId(LOC)
        .templateId("tpl123").updatedBy("user123").dnd(new EmailTemplateDnd().elements(List.of()).attrs(Map.of())
            .templateSettings(Map.of())).html("<p>Hi</p>").editorType(EmailTemplateUpdateRequest.EditorTypeEnum.HTML)));
    assertRequestLine(update, "POST", "/highlevel-pit/emails/builder/data", Map.of());
    assertJsonBody(update, """
        {"locationId": "loc123", "templateId": "tpl123", "updatedBy": "user123",
         "dnd": {"elements": [], "attrs": {}, "templateSettings": {}}, "html": "<p>Hi</p>", "editorType": "html"}""");

    LoggedRequest delete = sent(() -> assertEquals("true", api.deleteEmailTemplate(LOC, "tpl123").getOk()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/emails/builder/loc123/tpl123", Map.of());
  }

  @Test
  @Area("Invoices")
  void invoiceLifecycleText2PayTemplatesSchedulesAndSettings() {
    InvoicesApi api = api(InvoicesApi.class);
    String inv = "6578278e879ad2646715ba9c";

    // money stays exact: BigDecimal on the wire and back (149.99 x 2 + 49.5 = 349.48)
    LoggedRequest create = sent(() -> {
      var draft = api.createInvoice(new InvoiceCreateRequest().altId(LOC).altType(AltType.LOCATION)
          .name("April consulting").currency("USD").issueDate("2026-04-28").liveMode(false)
          .businessDetails(new InvoiceBusinessDetails().name("Acme Inc"))
          .contactDetails(new InvoiceContactDetails().id("abc123").name("John Doe").email("john@example.com").phoneNo("+15551234567"))
          .items(List.of(new InvoiceItemInput().name("Consulting hour").currency("USD").amount(new BigDecimal("149.99"))
              .qty(new BigDecimal("2"))))
          .discount(new InvoiceDiscount().type(InvoiceDiscount.TypeEnum.PERCENTAGE).value(BigDecimal.ZERO))
          .sentTo(new InvoiceSentTo().email(List.of("john@example.com"))));
      assertEquals(Invoice.StatusEnum.DRAFT, draft.getStatus());
      assertEquals(new BigDecimal("349.48"), draft.getTotal());
      assertEquals(new BigDecimal("149.99"), draft.getInvoiceItems().get(0).getAmount());
    });
    assertRequestLine(create, "POST", "/highlevel-pit/invoices/", Map.of());
    assertJsonBody(create, """
        {"altId": "loc123", "altType": "location", "name": "April consulting", "businessDetails": {"name": "Acme Inc"},
         "currency": "USD", "items": [{"name": "Consulting hour", "currency": "USD", "amount": 149.99, "qty": 2}],
         "discount": {"value": 0, "type": "percentage"},
         "contactDetails": {"id": "abc123", "name": "John Doe", "phoneNo": "+15551234567", "email": "john@example.com"},
         "issueDate": "2026-04-28", "sentTo": {"email": ["john@example.com"]}, "liveMode": false}""");

    LoggedRequest update = sent(() -> api.updateInvoice(inv, new InvoiceUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("April consulting").currency("USD")
        .invoiceItems(List.of()).issueDate("2026-04-28").dueDate("2026-05-12")));
    assertRequestLine(update, "PUT", "/highlevel-pit/invoices/" + inv, Map.of());
    assertJsonBody(update, """
        {"altId": "loc123", "altType": "location", "name": "April consulting", "currency": "USD", "invoiceItems": [],
         "issueDate": "2026-04-28", "dueDate": "2026-05-12"}""");

    LoggedRequest send = sent(() -> assertEquals(Invoice.StatusEnum.SENT, api.sendInvoice(inv, new InvoiceSendRequest().altId(LOC)
        .altType(AltType.LOCATION).userId("user123").action(InvoiceSendRequest.ActionEnum.EMAIL)
        .liveMode(false)).getInvoice().getStatus()));
    assertRequestLine(send, "POST", "/highlevel-pit/invoices/" + inv + "/send", Map.of());
    assertJsonBody(send, """
        {"altId": "loc123", "altType": "location", "userId": "user123", "action": "email", "liveMode": false}""");

    LoggedRequest pay = sent(() -> {
      var paid = api.recordInvoicePayment(inv, new InvoicePaymentRecordRequest().altId(LOC)
          .altType(AltType.LOCATION).mode(InvoicePaymentRecordRequest.ModeEnum.CASH)
          .amount(new BigDecimal("349.48")).notes("Paid in cash"));
      assertEquals(Boolean.TRUE, paid.getSuccess());
      assertEquals(new BigDecimal("349.48"), paid.getInvoice().getAmountPaid());
    });
    assertRequestLine(pay, "POST", "/highlevel-pit/invoices/" + inv + "/record-payment", Map.of());
    assertJsonBody(pay, """
        {"altId": "loc123", "altType": "location", "mode": "cash", "notes": "Paid in cash", "amount": 349.48}""");

    LoggedRequest voided = sent(() -> assertEquals(Invoice.StatusEnum.VOID, api.voidInvoice(inv,
        new InvoiceVoidRequest().altId(LOC).altType(AltType.LOCATION)).getStatus()));
    assertRequestLine(voided, "POST", "/highlevel-pit/invoices/" + inv + "/void", Map.of());
    assertJsonBody(voided, """
        {"altId": "loc123", "altType": "location"}""");

    LoggedRequest delete = sent(() -> api.deleteInvoice(inv, LOC, "location"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/invoices/" + inv, Map.of("altId", LOC, "altType", "location"));
    assertNoBody(delete);

    InvoiceLateFeesConfiguration lateFees = new InvoiceLateFeesConfiguration().enable(true).value(new BigDecimal("10"))
        .type(InvoiceLateFeesConfiguration.TypeEnum.FIXED)
        .frequency(new InvoiceLateFeesFrequency().intervalCount(1).interval(InvoiceLateFeesFrequency.IntervalEnum.WEEK));
    String lateFeesJson = """
        {"altId": "loc123", "altType": "location", "lateFeesConfiguration": {"enable": true, "value": 10, "type": "fixed",
         "frequency": {"intervalCount": 1, "interval": "week"}}}""";
    LoggedRequest invoiceLateFees = sent(() -> api.updateInvoiceLateFeesConfiguration(inv,
        new InvoiceLateFeesConfigurationUpdateRequest().altId(LOC)
            .altType(AltType.LOCATION).lateFeesConfiguration(lateFees)));
    assertRequestLine(invoiceLateFees, "PATCH", "/highlevel-pit/invoices/" + inv + "/late-fees-configuration", Map.of());
    assertJsonBody(invoiceLateFees, lateFeesJson);

    LoggedRequest number = sent(() -> assertEquals(1043, api.generateInvoiceNumber(LOC, "location").getInvoiceNumber()));
    assertRequestLine(number, "GET", "/highlevel-pit/invoices/generate-invoice-number", Map.of("altId", LOC, "altType", "location"));

    // literal paths beside /invoices/{invoiceId}
    LoggedRequest settings = sent(() -> assertEquals("INV-", api.getInvoiceSettings(LOC, "location").getInvoiceNumberPrefix()));
    assertRequestLine(settings, "GET", "/highlevel-pit/invoices/settings", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest visited = sent(() -> api.updateInvoiceLastVisitedAt(new InvoiceLastVisitedAtUpdateRequest().invoiceId(inv)));
    assertRequestLine(visited, "PATCH", "/highlevel-pit/invoices/stats/last-visited-at", Map.of());
    assertJsonBody(visited, """
        {"invoiceId": "6578278e879ad2646715ba9c"}""");

    LoggedRequest text2pay = sent(() -> assertTrue(api.createText2PayInvoice(new InvoiceText2PayRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Quick pay").currency("USD").issueDate("2026-04-28")
        .items(List.of(new InvoiceItemInput().name("Setup fee").currency("USD").amount(new BigDecimal("49.50")).qty(BigDecimal.ONE)))
        .contactDetails(new InvoiceContactDetails().id("abc123").name("John Doe").email("john@example.com").phoneNo("+15551234567"))
        .sentTo(new InvoiceSentTo().email(List.of("john@example.com")).phoneNo(List.of("+15551234567")))
        .liveMode(false).action(InvoiceText2PayRequest.ActionEnum.SEND).userId("user123")).getInvoiceUrl().startsWith("https://")));
    assertRequestLine(text2pay, "POST", "/highlevel-pit/invoices/text2pay", Map.of());
    assertJsonBody(text2pay, """
        {"altId": "loc123", "altType": "location", "name": "Quick pay", "currency": "USD",
         "items": [{"name": "Setup fee", "currency": "USD", "amount": 49.50, "qty": 1}],
         "contactDetails": {"id": "abc123", "name": "John Doe", "phoneNo": "+15551234567", "email": "john@example.com"},
         "issueDate": "2026-04-28", "sentTo": {"email": ["john@example.com"], "phoneNo": ["+15551234567"]},
         "liveMode": false, "action": "send", "userId": "user123"}""");

    // templates
    LoggedRequest templates = sent(() -> assertEquals(1, api.listInvoiceTemplates(LOC, "location", null, null, null, null, null, 20, 0)
        .getData().size()));
    assertRequestLine(templates, "GET", "/highlevel-pit/invoices/template",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0"));

    InvoiceBusinessDetails acme = new InvoiceBusinessDetails().name("Acme Inc");
    List<InvoiceItemInput> oneHour = List.of(new InvoiceItemInput().name("Consulting hour").currency("USD")
        .amount(new BigDecimal("149.99")).qty(BigDecimal.ONE));
    String templateJson = """
        {"altId": "loc123", "altType": "location", "name": "Consulting", "businessDetails": {"name": "Acme Inc"},
         "currency": "USD", "items": [{"name": "Consulting hour", "currency": "USD", "amount": 149.99, "qty": 1}]}""";
    LoggedRequest createTemplate = sent(() -> api.createInvoiceTemplate(new InvoiceTemplateCreateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Consulting").businessDetails(acme).currency("USD")
        .items(oneHour)));
    assertRequestLine(createTemplate, "POST", "/highlevel-pit/invoices/template", Map.of());
    assertJsonBody(createTemplate, templateJson);

    LoggedRequest getTemplate = sent(() -> api.getInvoiceTemplate("tpl123", LOC, "location"));
    assertRequestLine(getTemplate, "GET", "/highlevel-pit/invoices/template/tpl123", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest updateTemplate = sent(() -> api.updateInvoiceTemplate("tpl123", new InvoiceTemplateUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Consulting").businessDetails(acme).currency("USD")
        .items(oneHour)));
    assertRequestLine(updateTemplate, "PUT", "/highlevel-pit/invoices/template/tpl123", Map.of());
    assertJsonBody(updateTemplate, templateJson);

    LoggedRequest deleteTemplate = sent(() -> assertEquals(Boolean.TRUE,
        api.deleteInvoiceTemplate("tpl123", LOC, "location").getSuccess()));
    assertRequestLine(deleteTemplate, "DELETE", "/highlevel-pit/invoices/template/tpl123", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest templateLateFees = sent(() -> api.updateInvoiceTemplateLateFeesConfiguration("tpl123",
        new InvoiceLateFeesConfigurationUpdateRequest().altId(LOC)
            .altType(AltType.LOCATION).lateFeesConfiguration(lateFees)));
    assertRequestLine(templateLateFees, "PATCH", "/highlevel-pit/invoices/template/tpl123/late-fees-configuration", Map.of());
    assertJsonBody(templateLateFees, lateFeesJson);

    LoggedRequest paymentMethods = sent(() -> api.updateInvoiceTemplatePaymentMethodsConfiguration("tpl123",
        new InvoicePaymentMethodsConfigurationUpdateRequest().altId(LOC)
            .altType(AltType.LOCATION)
            .paymentMethods(new InvoicePaymentMethods().stripe(new InvoiceStripePaymentMethod().enableBankDebitOnly(true)))));
    assertRequestLine(paymentMethods, "PATCH", "/highlevel-pit/invoices/template/tpl123/payment-methods-configuration", Map.of());
    assertJsonBody(paymentMethods, """
        {"altId": "loc123", "altType": "location", "paymentMethods": {"stripe": {"enableBankDebitOnly": true}}}""");

    // schedules
    LoggedRequest schedules = sent(() -> assertEquals(1, api.listInvoiceSchedules(LOC, "location", null, null, null, null, null, 20, 0)
        .getSchedules().size()));
    assertRequestLine(schedules, "GET", "/highlevel-pit/invoices/schedule",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0"));

    InvoiceScheduleOptions monthly = new InvoiceScheduleOptions().rrule(new InvoiceScheduleRecurrenceRule()
        .intervalType(InvoiceScheduleRecurrenceRule.IntervalTypeEnum.MONTHLY).interval(1).startDate("2026-05-01").dayOfMonth(1));
    InvoiceContactDetails john = new InvoiceContactDetails().id("abc123").name("John Doe").email("john@example.com")
        .phoneNo("+15551234567");
    String scheduleJson = """
        {"altId": "loc123", "altType": "location", "name": "Monthly retainer",
         "contactDetails": {"id": "abc123", "name": "John Doe", "phoneNo": "+15551234567", "email": "john@example.com"},
         "schedule": {"rrule": {"intervalType": "monthly", "interval": 1, "startDate": "2026-05-01", "dayOfMonth": 1}},
         "liveMode": false, "businessDetails": {"name": "Acme Inc"}, "currency": "USD",
         "items": [{"name": "Consulting hour", "currency": "USD", "amount": 149.99, "qty": 1}],
         "discount": {"type": "fixed", "value": 0}}""";
    LoggedRequest createSchedule = sent(() -> api.createInvoiceSchedule(new InvoiceScheduleCreateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Monthly retainer").contactDetails(john)
        .schedule(monthly).liveMode(false).businessDetails(acme).currency("USD").items(oneHour)
        .discount(new InvoiceDiscount().type(InvoiceDiscount.TypeEnum.FIXED).value(BigDecimal.ZERO))));
    assertRequestLine(createSchedule, "POST", "/highlevel-pit/invoices/schedule", Map.of());
    assertJsonBody(createSchedule, scheduleJson);

    LoggedRequest getSchedule = sent(() -> api.getInvoiceSchedule("sch123", LOC, "location"));
    assertRequestLine(getSchedule, "GET", "/highlevel-pit/invoices/schedule/sch123", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest updateSchedule = sent(() -> api.updateInvoiceSchedule("sch123", new InvoiceScheduleUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Monthly retainer").contactDetails(john)
        .schedule(monthly).liveMode(false).businessDetails(acme).currency("USD").items(oneHour)
        .discount(new InvoiceDiscount().type(InvoiceDiscount.TypeEnum.FIXED).value(BigDecimal.ZERO))));
    assertRequestLine(updateSchedule, "PUT", "/highlevel-pit/invoices/schedule/sch123", Map.of());
    assertJsonBody(updateSchedule, scheduleJson);

    LoggedRequest deleteSchedule = sent(() -> assertEquals(Boolean.TRUE,
        api.deleteInvoiceSchedule("sch123", LOC, "location").getSuccess()));
    assertRequestLine(deleteSchedule, "DELETE", "/highlevel-pit/invoices/schedule/sch123", Map.of("altId", LOC, "altType", "location"));

    // no request body documented: none is sent
    LoggedRequest updateAndSchedule = sent(() -> api.updateAndScheduleInvoiceSchedule("sch123"));
    assertRequestLine(updateAndSchedule, "POST", "/highlevel-pit/invoices/schedule/sch123/updateAndSchedule", Map.of());
    assertNoBody(updateAndSchedule);

    LoggedRequest start = sent(() -> api.scheduleInvoiceSchedule("sch123", new InvoiceScheduleStartRequest().altId(LOC)
        .altType(AltType.LOCATION).liveMode(true)));
    assertRequestLine(start, "POST", "/highlevel-pit/invoices/schedule/sch123/schedule", Map.of());
    assertJsonBody(start, """
        {"altId": "loc123", "altType": "location", "liveMode": true}""");

    LoggedRequest autoPayment = sent(() -> api.updateInvoiceScheduleAutoPayment("sch123", new InvoiceScheduleAutoPaymentRequest()
        .altId(LOC).altType(AltType.LOCATION).id("sch123")
        .autoPayment(new InvoiceAutoPaymentDetails().enable(false))));
    assertRequestLine(autoPayment, "POST", "/highlevel-pit/invoices/schedule/sch123/auto-payment", Map.of());
    assertJsonBody(autoPayment, """
        {"altId": "loc123", "altType": "location", "id": "sch123", "autoPayment": {"enable": false}}""");

    LoggedRequest cancel = sent(() -> api.cancelInvoiceSchedule("sch123", new InvoiceScheduleCancelRequest().altId(LOC)
        .altType(AltType.LOCATION)));
    assertRequestLine(cancel, "POST", "/highlevel-pit/invoices/schedule/sch123/cancel", Map.of());
    assertJsonBody(cancel, """
        {"altId": "loc123", "altType": "location"}""");
  }

  @Test
  @Area("InvoiceEstimates")
  void invoiceEstimates() {
    InvoiceEstimatesApi api = api(InvoiceEstimatesApi.class);
    String est = "5f9d6d8b1b2d2c001f2d9e4b";
    InvoiceBusinessDetails acme = new InvoiceBusinessDetails().name("Acme Inc");
    List<InvoiceEstimateItemInput> roof = List.of(new InvoiceEstimateItemInput().name("Roof repair").currency("USD")
        .amount(new BigDecimal("1250.75")).qty(BigDecimal.ONE));
    InvoiceDiscount noDiscount = new InvoiceDiscount().type(InvoiceDiscount.TypeEnum.FIXED).value(BigDecimal.ZERO);
    InvoiceContactDetails john = new InvoiceContactDetails().id("abc123").name("John Doe").email("john@example.com")
        .phoneNo("+15551234567");
    InvoiceEstimateFrequencySettings once = new InvoiceEstimateFrequencySettings().enabled(false)
        .schedule(new InvoiceScheduleOptions());
    String estimateJson = """
        {"altId": "loc123", "altType": "location", "name": "Roof estimate", "businessDetails": {"name": "Acme Inc"},
         "currency": "USD", "items": [{"name": "Roof repair", "currency": "USD", "amount": 1250.75, "qty": 1}],
         "discount": {"type": "fixed", "value": 0},
         "contactDetails": {"id": "abc123", "name": "John Doe", "phoneNo": "+15551234567", "email": "john@example.com"},
         "frequencySettings": {"enabled": false, "schedule": {}}}""";

    LoggedRequest create = sent(() -> assertEquals(new BigDecimal("1222.03"), api.createInvoiceEstimate(new InvoiceEstimateCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Roof estimate").businessDetails(acme)
        .currency("USD").items(roof).discount(noDiscount).contactDetails(john).frequencySettings(once)).getTotal()));
    assertRequestLine(create, "POST", "/highlevel-pit/invoices/estimate", Map.of());
    assertJsonBody(create, estimateJson);

    LoggedRequest update = sent(() -> api.updateInvoiceEstimate(est, new InvoiceEstimateUpdateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Roof estimate").businessDetails(acme)
        .currency("USD").items(roof).discount(noDiscount).contactDetails(john).frequencySettings(once)));
    assertRequestLine(update, "PUT", "/highlevel-pit/invoices/estimate/" + est, Map.of());
    assertJsonBody(update, estimateJson);

    // a DELETE with a JSON body, as GHL documents it
    LoggedRequest delete = sent(() -> api.deleteInvoiceEstimate(est, new InvoiceEstimateDeleteRequest().altId(LOC)
        .altType(AltType.LOCATION)));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/invoices/estimate/" + est, Map.of());
    assertJsonBody(delete, """
        {"altId": "loc123", "altType": "location"}""");

    LoggedRequest number = sent(() -> assertEquals(1002, api.generateInvoiceEstimateNumber(LOC, "location").getEstimateNumber()));
    assertRequestLine(number, "GET", "/highlevel-pit/invoices/estimate/number/generate", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest send = sent(() -> api.sendInvoiceEstimate(est, new InvoiceEstimateSendRequest().altId(LOC)
        .altType(AltType.LOCATION).action(InvoiceEstimateSendRequest.ActionEnum.SMS_AND_EMAIL)
        .liveMode(false).userId("user123")));
    assertRequestLine(send, "POST", "/highlevel-pit/invoices/estimate/" + est + "/send", Map.of());
    assertJsonBody(send, """
        {"altId": "loc123", "altType": "location", "action": "sms_and_email", "liveMode": false, "userId": "user123"}""");

    LoggedRequest toInvoice = sent(() -> assertEquals("location", api.createInvoiceFromEstimate(est,
        new InvoiceFromEstimateCreateRequest().altId(LOC).altType(AltType.LOCATION)
            .markAsInvoiced(true)).getInvoice().getAltType()));
    assertRequestLine(toInvoice, "POST", "/highlevel-pit/invoices/estimate/" + est + "/invoice", Map.of());
    assertJsonBody(toInvoice, """
        {"altId": "loc123", "altType": "location", "markAsInvoiced": true}""");

    LoggedRequest list = sent(() -> assertEquals(1, api.listInvoiceEstimates(LOC, "location", null, null, null, "sent", "abc123", 20, 0)
        .getEstimates().size()));
    assertRequestLine(list, "GET", "/highlevel-pit/invoices/estimate/list",
        Map.of("altId", LOC, "altType", "location", "status", "sent", "contactId", "abc123", "limit", "20", "offset", "0"));

    LoggedRequest visited = sent(() -> api.updateInvoiceEstimateLastVisitedAt(
        new InvoiceEstimateLastVisitedAtUpdateRequest().estimateId(est)));
    assertRequestLine(visited, "PATCH", "/highlevel-pit/invoices/estimate/stats/last-visited-at", Map.of());
    assertJsonBody(visited, """
        {"estimateId": "5f9d6d8b1b2d2c001f2d9e4b"}""");

    LoggedRequest templates = sent(() -> assertEquals(1, api.listInvoiceEstimateTemplates(LOC, "location", "roof", 20, 0)
        .getData().size()));
    assertRequestLine(templates, "GET", "/highlevel-pit/invoices/estimate/template",
        Map.of("altId", LOC, "altType", "location", "search", "roof", "limit", "20", "offset", "0"));

    String templateJson = """
        {"altId": "loc123", "altType": "location", "name": "Roofing", "businessDetails": {"name": "Acme Inc"},
         "currency": "USD", "items": [{"name": "Roof repair", "currency": "USD", "amount": 1250.75, "qty": 1}],
         "discount": {"type": "fixed", "value": 0}}""";
    LoggedRequest createTemplate = sent(() -> api.createInvoiceEstimateTemplate(new InvoiceEstimateTemplateCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Roofing").businessDetails(acme)
        .currency("USD").items(roof).discount(noDiscount)));
    assertRequestLine(createTemplate, "POST", "/highlevel-pit/invoices/estimate/template", Map.of());
    assertJsonBody(createTemplate, templateJson);

    LoggedRequest updateTemplate = sent(() -> api.updateInvoiceEstimateTemplate("tpl456", new InvoiceEstimateTemplateUpdateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Roofing").businessDetails(acme)
        .currency("USD").items(roof).discount(noDiscount)));
    assertRequestLine(updateTemplate, "PUT", "/highlevel-pit/invoices/estimate/template/tpl456", Map.of());
    assertJsonBody(updateTemplate, templateJson);

    LoggedRequest deleteTemplate = sent(() -> api.deleteInvoiceEstimateTemplate("tpl456", new InvoiceEstimateDeleteRequest()
        .altId(LOC).altType(AltType.LOCATION)));
    assertRequestLine(deleteTemplate, "DELETE", "/highlevel-pit/invoices/estimate/template/tpl456", Map.of());
    assertJsonBody(deleteTemplate, """
        {"altId": "loc123", "altType": "location"}""");

    // a literal path beside /invoices/estimate/template/{templateId}
    LoggedRequest preview = sent(() -> api.previewInvoiceEstimateTemplate(LOC, "location", "tpl456"));
    assertRequestLine(preview, "GET", "/highlevel-pit/invoices/estimate/template/preview",
        Map.of("altId", LOC, "altType", "location", "templateId", "tpl456"));
  }

  @Test
  @Area("Payments")
  void paymentOrdersTransactionsSubscriptionsAndIntegrations() {
    PaymentsApi api = api(PaymentsApi.class);
    String order = "653f5e0cde5a1314e62a837c";
    Map<String, String> altLocation = Map.of("altId", LOC, "altType", "location");

    // amounts decode to BigDecimal exactly as GHL sent them (currency units, not cents)
    LoggedRequest get = sent(() -> assertEquals(new BigDecimal("95"), api.getOrder(order, LOC, "location", null).getAmount()));
    assertRequestLine(get, "GET", "/highlevel-pit/payments/orders/" + order, altLocation);
    assertNoBody(get);

    LoggedRequest record = sent(() -> assertTrue(api.recordOrderPayment(order, new PaymentOrderRecordPaymentRequest().altId(LOC)
        .altType(AltType.LOCATION).mode("cash").amount(new BigDecimal("95.10"))
        .notes("Paid at the front desk").isPartialPayment(false)).getSuccess()));
    assertRequestLine(record, "POST", "/highlevel-pit/payments/orders/" + order + "/record-payment", Map.of());
    assertJsonBody(record, """
        {"altId": "loc123", "altType": "location", "mode": "cash", "amount": 95.10, "notes": "Paid at the front desk",
         "isPartialPayment": false}""");
    assertTrue(record.getBodyAsString().contains("\"amount\":95.10"), record.getBodyAsString()); // no float rounding

    LoggedRequest fulfill = sent(() -> assertEquals(new BigDecimal("19.99"), api.createOrderFulfillment(order,
        new PaymentOrderFulfillmentCreateRequest().altId(LOC).altType(AltType.LOCATION)
            .trackings(List.of(new PaymentOrderFulfillmentTracking().trackingNumber("40012345678").shippingCarrier("FedEx")))
            .items(List.of(new PaymentOrderFulfillmentItemInput().priceId("655b33aa2209e60b6adb87a7").qty(1))).notifyCustomer(true))
        .getData().getItems().get(0).getPrice().getAmount()));
    assertRequestLine(fulfill, "POST", "/highlevel-pit/payments/orders/" + order + "/fulfillments", Map.of());
    assertJsonBody(fulfill, """
        {"altId": "loc123", "altType": "location", "trackings": [{"trackingNumber": "40012345678", "shippingCarrier": "FedEx"}],
         "items": [{"priceId": "655b33aa2209e60b6adb87a7", "qty": 1}], "notifyCustomer": true}""");

    LoggedRequest fulfillments = sent(() -> api.listOrderFulfillments(order, LOC, "location"));
    assertRequestLine(fulfillments, "GET", "/highlevel-pit/payments/orders/" + order + "/fulfillments", altLocation);

    LoggedRequest notes = sent(() -> api.listOrderNotes(order, LOC, "location"));
    assertRequestLine(notes, "GET", "/highlevel-pit/payments/orders/" + order + "/notes", altLocation);

    LoggedRequest transaction = sent(() -> assertEquals("succeeded",
        api.getTransaction("61dd0feac077f72010f78804", LOC, "location", null).getStatus()));
    assertRequestLine(transaction, "GET", "/highlevel-pit/payments/transactions/61dd0feac077f72010f78804", altLocation);

    LoggedRequest subscription = sent(() -> assertEquals("active",
        api.getSubscription("64bf78af39118e4011926cba", LOC, "location").getStatus()));
    assertRequestLine(subscription, "GET", "/highlevel-pit/payments/subscriptions/64bf78af39118e4011926cba", altLocation);

    LoggedRequest providers = sent(() -> assertEquals("nmi",
        api.listPaymentWhitelabelIntegrations(LOC, "location", 20, 0).getProviders().get(0).getProvider()));
    assertRequestLine(providers, "GET", "/highlevel-pit/payments/integrations/provider/whitelabel",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0"));

    LoggedRequest provider = sent(() -> api.createPaymentWhitelabelIntegration(new PaymentWhitelabelIntegrationCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).uniqueName("easy-direct")
        .title("Easy Direct").provider(PaymentWhitelabelIntegrationCreateRequest.ProviderEnum.NMI)
        .description("Card payments through NMI").imageUrl("https://example.com/easy-direct.png")));
    assertRequestLine(provider, "POST", "/highlevel-pit/payments/integrations/provider/whitelabel", Map.of());
    assertJsonBody(provider, """
        {"altId": "loc123", "altType": "location", "uniqueName": "easy-direct", "title": "Easy Direct", "provider": "nmi",
         "description": "Card payments through NMI", "imageUrl": "https://example.com/easy-direct.png"}""");
  }

  @Test
  @Area("PaymentCoupons")
  void paymentCoupons() {
    PaymentCouponsApi api = api(PaymentCouponsApi.class);
    String coupon = "67f6c132d9485f9dacd5f123";

    LoggedRequest list = sent(() -> assertEquals("SPRING25",
        api.listCoupons(LOC, "location", 10, 0, "active", null).getData().get(0).getCode()));
    assertRequestLine(list, "GET", "/highlevel-pit/payments/coupon/list",
        Map.of("altId", LOC, "altType", "location", "limit", "10", "offset", "0", "status", "active"));

    LoggedRequest create = sent(() -> assertEquals(new BigDecimal("25"), api.createCoupon(new PaymentCouponCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("Spring Sale").code("SPRING25")
        .discountType(PaymentCouponCreateRequest.DiscountTypeEnum.AMOUNT).discountValue(new BigDecimal("12.50"))
        .startDate("2026-04-01T00:00:00.000Z").usageLimit(100)
        .applyToFuturePaymentsConfig(new PaymentCouponFuturePaymentsConfig().type(PaymentCouponFuturePaymentsConfig.TypeEnum.FIXED)
            .duration(3).durationType("months")))
        .getDiscountValue()));
    assertRequestLine(create, "POST", "/highlevel-pit/payments/coupon", Map.of());
    assertJsonBody(create, """
        {"altId": "loc123", "altType": "location", "name": "Spring Sale", "code": "SPRING25", "discountType": "amount",
         "discountValue": 12.50, "startDate": "2026-04-01T00:00:00.000Z", "usageLimit": 100,
         "applyToFuturePaymentsConfig": {"type": "fixed", "duration": 3, "durationType": "months"}}""");

    LoggedRequest update = sent(() -> api.updateCoupon(new PaymentCouponUpdateRequest().id(coupon).altId(LOC)
        .altType(AltType.LOCATION).name("Spring Sale").code("SPRING25")
        .discountType(PaymentCouponUpdateRequest.DiscountTypeEnum.PERCENTAGE).discountValue(new BigDecimal("30"))
        .startDate("2026-04-01T00:00:00.000Z")));
    assertRequestLine(update, "PUT", "/highlevel-pit/payments/coupon", Map.of());
    assertJsonBody(update, """
        {"id": "67f6c132d9485f9dacd5f123", "altId": "loc123", "altType": "location", "name": "Spring Sale", "code": "SPRING25",
         "discountType": "percentage", "discountValue": 30, "startDate": "2026-04-01T00:00:00.000Z"}""");

    // the coupon to delete goes in the JSON body of the DELETE
    LoggedRequest delete = sent(() -> assertTrue(api.deleteCoupon(new PaymentCouponDeleteRequest().altId(LOC)
        .altType(AltType.LOCATION).id(coupon)).getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/payments/coupon", Map.of());
    assertJsonBody(delete, """
        {"altId": "loc123", "altType": "location", "id": "67f6c132d9485f9dacd5f123"}""");

    // by id or by code
    LoggedRequest byCode = sent(() -> api.getCoupon(LOC, "location", null, "SPRING25"));
    assertRequestLine(byCode, "GET", "/highlevel-pit/payments/coupon", Map.of("altId", LOC, "altType", "location", "code", "SPRING25"));
    LoggedRequest byId = sent(() -> api.getCoupon(LOC, "location", coupon, null));
    assertRequestLine(byId, "GET", "/highlevel-pit/payments/coupon", Map.of("altId", LOC, "altType", "location", "id", coupon));
  }

  @Test
  @Area("PaymentCustomProviders")
  void paymentCustomProviders() {
    PaymentCustomProvidersApi api = api(PaymentCustomProvidersApi.class);
    Map<String, String> location = Map.of("locationId", LOC);

    LoggedRequest create = sent(() -> assertEquals("Acme Pay", api.createPaymentCustomProvider(LOC,
        new PaymentCustomProviderCreateRequest().name("Acme Pay").description("Cards through Acme Pay")
            .paymentsUrl("https://pay.acme.example/session").queryUrl("https://pay.acme.example/query")
            .imageUrl("https://pay.acme.example/logo.png").supportsSubscriptionSchedule(true)).getName()));
    assertRequestLine(create, "POST", "/highlevel-pit/payments/custom-provider/provider", location);
    assertJsonBody(create, """
        {"name": "Acme Pay", "description": "Cards through Acme Pay", "paymentsUrl": "https://pay.acme.example/session",
         "queryUrl": "https://pay.acme.example/query", "imageUrl": "https://pay.acme.example/logo.png",
         "supportsSubscriptionSchedule": true}""");

    LoggedRequest config = sent(() -> api.getPaymentCustomProviderConfig(LOC));
    assertRequestLine(config, "GET", "/highlevel-pit/payments/custom-provider/connect", location);

    LoggedRequest connect = sent(() -> api.connectPaymentCustomProviderConfig(LOC, new PaymentCustomProviderConnectRequest()
        .live(new PaymentCustomProviderKeys().apiKey("sk_live_1").publishableKey("pk_live_1"))
        .test(new PaymentCustomProviderKeys().apiKey("sk_test_1").publishableKey("pk_test_1"))));
    assertRequestLine(connect, "POST", "/highlevel-pit/payments/custom-provider/connect", location);
    assertJsonBody(connect, """
        {"live": {"apiKey": "sk_live_1", "publishableKey": "pk_live_1"}, "test": {"apiKey": "sk_test_1", "publishableKey": "pk_test_1"}}""");

    LoggedRequest disconnect = sent(() -> assertTrue(api.disconnectPaymentCustomProviderConfig(LOC,
        new PaymentCustomProviderDisconnectRequest().liveMode(false)).getSuccess()));
    assertRequestLine(disconnect, "POST", "/highlevel-pit/payments/custom-provider/disconnect", location);
    assertJsonBody(disconnect, """
        {"liveMode": false}""");

    LoggedRequest capabilities = sent(() -> api.updatePaymentCustomProviderCapabilities(
        new PaymentCustomProviderCapabilitiesUpdateRequest().supportsSubscriptionSchedules(true).locationId(LOC)));
    assertRequestLine(capabilities, "PUT", "/highlevel-pit/payments/custom-provider/capabilities", Map.of());
    assertJsonBody(capabilities, """
        {"supportsSubscriptionSchedules": true, "locationId": "loc123"}""");

    LoggedRequest delete = sent(() -> api.deletePaymentCustomProvider(LOC));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/payments/custom-provider/provider", location);
    assertNoBody(delete);
  }

  @Test
  @Area("Products")
  void productUpdatesBulkAndStore() {
    ProductsApi api = api(ProductsApi.class);
    String product = "655b33a82209e60b6adb87a5";
    String store = "3SwdhCu3svxI8AKsPJt6";

    LoggedRequest update = sent(() -> api.updateProduct(product, new ProductUpdateRequest().locationId(LOC).name("Digital Course")
        .productType(ProductUpdateRequest.ProductTypeEnum.DIGITAL).availableInStore(true)));
    assertRequestLine(update, "PUT", "/highlevel-pit/products/" + product, Map.of());
    assertJsonBody(update, """
        {"locationId": "loc123", "name": "Digital Course", "productType": "DIGITAL", "availableInStore": true}""");

    LoggedRequest bulk = sent(() -> api.bulkUpdateProducts(new ProductBulkUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).type("bulk-update-price").productIds(List.of(product))
        .price(new ProductBulkPriceUpdate().type("SET_NEW_PRICE").value(new BigDecimal("49.99")))));
    assertRequestLine(bulk, "POST", "/highlevel-pit/products/bulk-update", Map.of());
    assertJsonBody(bulk, """
        {"altId": "loc123", "altType": "location", "type": "bulk-update-price", "productIds": ["655b33a82209e60b6adb87a5"],
         "price": {"type": "SET_NEW_PRICE", "value": 49.99}}""");

    LoggedRequest edit = sent(() -> assertEquals(1, api.bulkEditProducts(new ProductBulkEditRequest().altId(LOC)
        .altType(AltType.LOCATION).products(List.of(new ProductBulkEditProductInput().id(product)
            .prices(List.of(new ProductBulkEditPriceInput().id("655b33aa2209e60b6adb87a7").amount(new BigDecimal("99.99")))))))
        .getUpdatedCount()));
    assertRequestLine(edit, "POST", "/highlevel-pit/products/bulk-update/edit", Map.of());
    assertJsonBody(edit, """
        {"altId": "loc123", "altType": "location",
         "products": [{"_id": "655b33a82209e60b6adb87a5", "prices": [{"_id": "655b33aa2209e60b6adb87a7", "amount": 99.99}]}]}""");

    LoggedRequest stats = sent(() -> assertEquals(12, api.getProductStoreStats(store, LOC, "location", null, null).getTotalProducts()));
    assertRequestLine(stats, "GET", "/highlevel-pit/products/store/" + store + "/stats", Map.of("altId", LOC, "altType", "location"));

    LoggedRequest include = sent(() -> api.updateProductStoreStatus(store, new ProductStoreStatusUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).action("include").productIds(List.of(product))));
    assertRequestLine(include, "POST", "/highlevel-pit/products/store/" + store, Map.of());
    assertJsonBody(include, """
        {"altId": "loc123", "altType": "location", "action": "include", "productIds": ["655b33a82209e60b6adb87a5"]}""");

    LoggedRequest priority = sent(() -> api.updateProductStoreDisplayPriority(store, new ProductStoreDisplayPriorityUpdateRequest()
        .altId(LOC).altType(AltType.LOCATION)
        .products(List.of(new ProductStorePriority().productId(product).priority(1)))));
    assertRequestLine(priority, "POST", "/highlevel-pit/products/store/" + store + "/priority", Map.of());
    assertJsonBody(priority, """
        {"altId": "loc123", "altType": "location", "products": [{"productId": "655b33a82209e60b6adb87a5", "priority": 1}]}""");
  }

  @Test
  @Area("ProductPrices")
  void productPrices() {
    ProductPricesApi api = api(ProductPricesApi.class);
    String product = "655b33a82209e60b6adb87a5";
    String price = "655b33aa2209e60b6adb87a7";
    String prices = "/highlevel-pit/products/" + product + "/price";

    LoggedRequest create = sent(() -> assertEquals(new BigDecimal("19.99"), api.createProductPrice(product,
        new ProductPriceCreateRequest().locationId(LOC).name("T-shirt / M").type(ProductPriceCreateRequest.TypeEnum.ONE_TIME)
            .currency("USD").amount(new BigDecimal("19.99")).compareAtPrice(new BigDecimal("24.99"))
            .shippingOptions(new ProductPriceShippingOptions().weight(new ProductPriceWeight().value(new BigDecimal("0.2")).unit("kg"))))
        .getAmount()));
    assertRequestLine(create, "POST", prices, Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "name": "T-shirt / M", "type": "one_time", "currency": "USD", "amount": 19.99,
         "compareAtPrice": 24.99, "shippingOptions": {"weight": {"value": 0.2, "unit": "kg"}}}""");

    LoggedRequest list = sent(() -> assertEquals(2, api.listProductPrices(product, LOC, 20, 0, null).getPrices().size()));
    assertRequestLine(list, "GET", prices, Map.of("locationId", LOC, "limit", "20", "offset", "0"));

    LoggedRequest get = sent(() -> api.getProductPrice(product, price, LOC));
    assertRequestLine(get, "GET", prices + "/" + price, Map.of("locationId", LOC));

    LoggedRequest update = sent(() -> api.updateProductPrice(product, price, new ProductPriceUpdateRequest().locationId(LOC)
        .name("Monthly").type(ProductPriceUpdateRequest.TypeEnum.RECURRING).currency("USD").amount(new BigDecimal("29.00"))
        .recurring(new ProductPriceRecurring().interval(ProductPriceRecurring.IntervalEnum.MONTH).intervalCount(1))));
    assertRequestLine(update, "PUT", prices + "/" + price, Map.of());
    assertJsonBody(update, """
        {"locationId": "loc123", "name": "Monthly", "type": "recurring", "currency": "USD", "amount": 29.00,
         "recurring": {"interval": "month", "intervalCount": 1}}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteProductPrice(product, price, LOC).getStatus()));
    assertRequestLine(delete, "DELETE", prices + "/" + price, Map.of("locationId", LOC));

    LoggedRequest inventory = sent(() -> assertEquals(1, api.listProductInventory(LOC, "location", 20, null, "T-shirt").getTotal().getTotal()));
    assertRequestLine(inventory, "GET", "/highlevel-pit/products/inventory",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "search", "T-shirt"));

    LoggedRequest stock = sent(() -> api.updateProductInventory(new ProductInventoryUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION)
        .items(List.of(new ProductInventoryItemInput().priceId(price).availableQuantity(40).allowOutOfStockPurchases(false)))));
    assertRequestLine(stock, "POST", "/highlevel-pit/products/inventory", Map.of());
    assertJsonBody(stock, """
        {"altId": "loc123", "altType": "location",
         "items": [{"priceId": "655b33aa2209e60b6adb87a7", "availableQuantity": 40, "allowOutOfStockPurchases": false}]}""");
  }

  @Test
  @Area("ProductCollections")
  void productCollections() {
    ProductCollectionsApi api = api(ProductCollectionsApi.class);
    String collection = "65d71377c326ea78e1c47df5";

    LoggedRequest list = sent(() -> assertEquals("best-sellers",
        api.listProductCollections(LOC, "location", 20, 0, null, "Best").getData().get(0).getSlug()));
    assertRequestLine(list, "GET", "/highlevel-pit/products/collections",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0", "name", "Best"));

    LoggedRequest create = sent(() -> api.createProductCollection(new ProductCollectionCreateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Best Sellers").slug("best-sellers")));
    assertRequestLine(create, "POST", "/highlevel-pit/products/collections", Map.of());
    assertJsonBody(create, """
        {"altId": "loc123", "altType": "location", "name": "Best Sellers", "slug": "best-sellers"}""");

    LoggedRequest get = sent(() -> assertEquals(collection, api.getProductCollection(collection, LOC).getData().getId()));
    assertRequestLine(get, "GET", "/highlevel-pit/products/collections/" + collection, Map.of("altId", LOC));

    LoggedRequest update = sent(() -> api.updateProductCollection(collection, new ProductCollectionUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Best Sellers 2026")));
    assertRequestLine(update, "PUT", "/highlevel-pit/products/collections/" + collection, Map.of());
    assertJsonBody(update, """
        {"altId": "loc123", "altType": "location", "name": "Best Sellers 2026"}""");

    LoggedRequest delete = sent(() -> api.deleteProductCollection(collection, LOC, "location"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/products/collections/" + collection, Map.of("altId", LOC, "altType", "location"));
  }

  @Test
  @Area("ProductReviews")
  void productReviews() {
    ProductReviewsApi api = api(ProductReviewsApi.class);
    String review = "6578278e879ad2646715ba9c";
    String product = "655b33a82209e60b6adb87a5";

    LoggedRequest list = sent(() -> assertEquals("approved", api.listProductReviews(LOC, "location", 20, 0, "rating", "desc",
        new BigDecimal("5"), null, null, product, null).getData().get(0).getStatus()));
    assertRequestLine(list, "GET", "/highlevel-pit/products/reviews", Map.of("altId", LOC, "altType", "location", "limit", "20",
        "offset", "0", "sortField", "rating", "sortOrder", "desc", "rating", "5", "productId", product));

    LoggedRequest count = sent(() -> api.countProductReviews(LOC, "location", null, "2026-01-01T00:00:00Z", null, null, null));
    assertRequestLine(count, "GET", "/highlevel-pit/products/reviews/count",
        Map.of("altId", LOC, "altType", "location", "startDate", "2026-01-01T00:00:00Z"));

    LoggedRequest update = sent(() -> api.updateProductReview(review, new ProductReviewUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).productId(product).status("approved")
        .reply(List.of(new ProductReviewReply().headline("Thank you!").comment("Glad you enjoyed it.")
            .user(new ProductReviewUser().name("Store Team").email("team@example.com"))))));
    assertRequestLine(update, "PUT", "/highlevel-pit/products/reviews/" + review, Map.of());
    assertJsonBody(update, """
        {"altId": "loc123", "altType": "location", "productId": "655b33a82209e60b6adb87a5", "status": "approved",
         "reply": [{"headline": "Thank you!", "comment": "Glad you enjoyed it.", "user": {"name": "Store Team", "email": "team@example.com"}}]}""");

    LoggedRequest delete = sent(() -> api.deleteProductReview(review, LOC, "location", product));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/products/reviews/" + review,
        Map.of("altId", LOC, "altType", "location", "productId", product));

    LoggedRequest bulk = sent(() -> api.bulkUpdateProductReviews(new ProductReviewsBulkUpdateRequest().altId(LOC)
        .altType(AltType.LOCATION).status("rejected")
        .reviews(List.of(new ProductReviewRef().reviewId(review).productId(product).storeId("3SwdhCu3svxI8AKsPJt6")))));
    assertRequestLine(bulk, "POST", "/highlevel-pit/products/reviews/bulk-update", Map.of());
    assertJsonBody(bulk, """
        {"altId": "loc123", "altType": "location", "status": "rejected",
         "reviews": [{"reviewId": "6578278e879ad2646715ba9c", "productId": "655b33a82209e60b6adb87a5", "storeId": "3SwdhCu3svxI8AKsPJt6"}]}""");
  }

  @Test
  @Area("SocialMediaOauth")
  void socialMediaOauth() {
    SocialMediaOauthApi api = api(SocialMediaOauthApi.class);
    String acct = "658a9b6833b91e0ecb8f3958";
    String base = "/highlevel-pit/social-media-posting/oauth/";

    // the starts: location and user in the query; the answer is free-form
    Map<String, Runnable> starts = new java.util.LinkedHashMap<>();
    starts.put("google", () -> api.startSocialGoogleOauth(LOC, "user123", null, null));
    starts.put("facebook", () -> api.startSocialFacebookOauth(LOC, "user123", "integration", true));
    starts.put("instagram", () -> api.startSocialInstagramOauth(LOC, "user123", null, null));
    starts.put("linkedin", () -> api.startSocialLinkedinOauth(LOC, "user123", null, null));
    starts.put("twitter", () -> api.startSocialTwitterOauth(LOC, "user123", null, null));
    starts.put("tiktok", () -> api.startSocialTiktokOauth(LOC, "user123", null, null));
    starts.put("tiktok-business", () -> api.startSocialTiktokBusinessOauth(LOC, "user123", null, false));
    starts.forEach((platform, call) -> {
      LoggedRequest start = sent(call);
      Map<String, String> query = switch (platform) {
        case "facebook" -> Map.of("locationId", LOC, "userId", "user123", "page", "integration", "reconnect", "true");
        case "tiktok-business" -> Map.of("locationId", LOC, "userId", "user123", "reconnect", "false");
        default -> Map.of("locationId", LOC, "userId", "user123");
      };
      assertRequestLine(start, "GET", base + platform + "/start", query);
      assertNoBody(start);
    });

    LoggedRequest google = sent(() -> assertEquals("Acme Bakery", api.listSocialGoogleLocations(LOC, acct)
        .getResults().getLocations().get(0).getLocation().getTitle()));
    assertRequestLine(google, "GET", base + "loc123/google/locations/" + acct, Map.of());
    LoggedRequest attachGoogle = sent(() -> assertEquals("google", api.attachSocialGoogleLocation(LOC, acct,
        new SocialGoogleLocationAttachRequest().location(Map.of("name", "locations/45")).companyId(COMPANY))
        .getResults().getPlatform()));
    assertRequestLine(attachGoogle, "POST", base + "loc123/google/locations/" + acct, Map.of());
    assertJsonBody(attachGoogle, """
        {"location": {"name": "locations/45"}, "companyId": "xyz789"}""");

    LoggedRequest facebook = sent(() -> assertTrue(api.listSocialFacebookPages(LOC, acct)
        .getResults().getPages().get(0).getIsOwned()));
    assertRequestLine(facebook, "GET", base + "loc123/facebook/accounts/" + acct, Map.of());
    LoggedRequest attachFacebook = sent(() -> api.attachSocialFacebookPage(LOC, acct,
        new SocialFacebookPageAttachRequest().type("page").originId("244405811687").name("Acme Bakery")));
    assertRequestLine(attachFacebook, "POST", base + "loc123/facebook/accounts/" + acct, Map.of());
    assertJsonBody(attachFacebook, """
        {"type": "page", "originId": "244405811687", "name": "Acme Bakery"}""");

    LoggedRequest instagram = sent(() -> assertEquals("244405811687", api.listSocialInstagramAccounts(LOC, acct)
        .getResults().getAccounts().get(0).getPageId()));
    assertRequestLine(instagram, "GET", base + "loc123/instagram/accounts/" + acct, Map.of());
    LoggedRequest attachInstagram = sent(() -> api.attachSocialInstagramAccount(LOC, acct,
        new SocialInstagramAccountAttachRequest().originId("17841465964543589").pageId("244405811687")));
    assertRequestLine(attachInstagram, "POST", base + "loc123/instagram/accounts/" + acct, Map.of());
    assertJsonBody(attachInstagram, """
        {"originId": "17841465964543589", "pageId": "244405811687"}""");

    LoggedRequest linkedin = sent(() -> assertEquals("urn:li:person:Xy12AbCd34", api.listSocialLinkedinAccounts(LOC, acct)
        .getResults().getProfile().get(0).getUrn()));
    assertRequestLine(linkedin, "GET", base + "loc123/linkedin/accounts/" + acct, Map.of());
    LoggedRequest attachLinkedin = sent(() -> api.attachSocialLinkedinAccount(LOC, acct,
        new SocialLinkedinAccountAttachRequest().type("page").urn("urn:li:organization:90412345")));
    assertRequestLine(attachLinkedin, "POST", base + "loc123/linkedin/accounts/" + acct, Map.of());
    assertJsonBody(attachLinkedin, """
        {"type": "page", "urn": "urn:li:organization:90412345"}""");

    LoggedRequest twitter = sent(() -> assertEquals("acmebakery", api.listSocialTwitterProfiles(LOC, acct)
        .getResults().getProfile().get(0).getUsername()));
    assertRequestLine(twitter, "GET", base + "loc123/twitter/accounts/" + acct, Map.of());
    LoggedRequest attachTwitter = sent(() -> api.attachSocialTwitterProfile(LOC, acct,
        new SocialTwitterProfileAttachRequest().originId("1456789012345678901").username("acmebakery")));
    assertRequestLine(attachTwitter, "POST", base + "loc123/twitter/accounts/" + acct, Map.of());
    assertJsonBody(attachTwitter, """
        {"originId": "1456789012345678901", "username": "acmebakery"}""");

    LoggedRequest tiktok = sent(() -> assertEquals("BUSINESS", api.listSocialTiktokProfiles(LOC, acct)
        .getResults().getProfile().get(0).getType()));
    assertRequestLine(tiktok, "GET", base + "loc123/tiktok/accounts/" + acct, Map.of());
    LoggedRequest attachTiktok = sent(() -> api.attachSocialTiktokProfile(LOC, acct,
        new SocialTiktokProfileAttachRequest().type("profile").originId("7123456789012345678")));
    assertRequestLine(attachTiktok, "POST", base + "loc123/tiktok/accounts/" + acct, Map.of());
    assertJsonBody(attachTiktok, """
        {"type": "profile", "originId": "7123456789012345678"}""");

    LoggedRequest tiktokBusiness = sent(() -> assertEquals("acmebakery", api.listSocialTiktokBusinessProfiles(LOC, acct)
        .getResults().getProfile().get(0).getUsername()));
    assertRequestLine(tiktokBusiness, "GET", base + "loc123/tiktok-business/accounts/" + acct, Map.of());
  }

  @Test
  @Area("Blogs")
  void blogs() {
    BlogsApi api = api(BlogsApi.class);

    LoggedRequest sites = sent(() -> assertEquals("My blog", api.listBlogs(LOC, 8, 4, "news").getData().get(0).getName()));
    assertRequestLine(sites, "GET", "/highlevel-pit/blogs/site/all",
        Map.of("locationId", LOC, "skip", "8", "limit", "4", "searchTerm", "news"));

    String blog = "66f429b8afdce84227a4610d";
    LoggedRequest posts = sent(() -> assertEquals("bananas-good-energy",
        api.listBlogPosts(LOC, blog, 10, 20, "bananas", null).getBlogs().get(0).getUrlSlug()));
    assertRequestLine(posts, "GET", "/highlevel-pit/blogs/posts/all",
        Map.of("locationId", LOC, "blogId", blog, "limit", "10", "offset", "20", "searchTerm", "bananas"));

    LoggedRequest create = sent(() -> assertEquals("66c381b38be80858b9af62b6", api.createBlogPost(new BlogPostCreateRequest()
        .title("Bananas").locationId(LOC).blogId(blog).imageUrl("https://example.com/b.jpg").description("Why bananas")
        .rawHTML("<h1>Bananas</h1>").status(BlogPostCreateRequest.StatusEnum.DRAFT).imageAltText("Bananas")
        .categories(List.of("659ecabc4a37969a2b7cc370")).author("659ec9634a3796e4e47cc360").urlSlug("bananas")
        .publishedAt("2026-04-19T17:14:57.000Z")).getData().getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/blogs/posts", Map.of());
    assertJsonBody(create, """
        {"title": "Bananas", "locationId": "loc123", "blogId": "66f429b8afdce84227a4610d",
         "imageUrl": "https://example.com/b.jpg", "description": "Why bananas", "rawHTML": "<h1>Bananas</h1>",
         "status": "DRAFT", "imageAltText": "Bananas", "categories": ["659ecabc4a37969a2b7cc370"],
         "author": "659ec9634a3796e4e47cc360", "urlSlug": "bananas", "publishedAt": "2026-04-19T17:14:57.000Z"}""");

    String post = "66c381b38be80858b9af62b6";
    LoggedRequest update = sent(() -> assertEquals("PUBLISHED", api.updateBlogPost(post, new BlogPostUpdateRequest()
        .title("Bananas").locationId(LOC).blogId(blog).imageUrl("https://example.com/b.jpg").description("Why bananas")
        .rawHTML("<h1>Bananas</h1>").status(BlogPostUpdateRequest.StatusEnum.PUBLISHED).imageAltText("Bananas")
        .categories(List.of()).author("659ec9634a3796e4e47cc360").urlSlug("bananas")
        .publishedAt("2026-04-19T17:14:57.000Z")).getUpdatedBlogPost().getStatus()));
    assertRequestLine(update, "PUT", "/highlevel-pit/blogs/posts/" + post, Map.of());
    assertJsonBody(update, """
        {"title": "Bananas", "locationId": "loc123", "blogId": "66f429b8afdce84227a4610d",
         "imageUrl": "https://example.com/b.jpg", "description": "Why bananas", "rawHTML": "<h1>Bananas</h1>",
         "status": "PUBLISHED", "imageAltText": "Bananas", "categories": [],
         "author": "659ec9634a3796e4e47cc360", "urlSlug": "bananas", "publishedAt": "2026-04-19T17:14:57.000Z"}""");

    LoggedRequest slug = sent(() -> assertEquals(false, api.checkBlogPostUrlSlug("bananas", LOC, post).getExists()));
    assertRequestLine(slug, "GET", "/highlevel-pit/blogs/posts/url-slug-exists",
        Map.of("urlSlug", "bananas", "locationId", LOC, "postId", post));

    LoggedRequest authors = sent(() -> assertEquals("HighLevel", api.listBlogAuthors(LOC, 5, 0).getAuthors().get(0).getName()));
    assertRequestLine(authors, "GET", "/highlevel-pit/blogs/authors", Map.of("locationId", LOC, "limit", "5", "offset", "0"));

    LoggedRequest categories = sent(() -> assertEquals("agency-growth",
        api.listBlogCategories(LOC, 5, 5).getCategories().get(0).getUrlSlug()));
    assertRequestLine(categories, "GET", "/highlevel-pit/blogs/categories", Map.of("locationId", LOC, "limit", "5", "offset", "5"));
  }

  @Test
  @Area("Proposals")
  void proposals() {
    ProposalsApi api = api(ProposalsApi.class);

    // money stays exact; a comma-separated status list goes out as given
    LoggedRequest documents = sent(() -> assertEquals(new BigDecimal("1499.99"),
        api.listProposalDocuments(LOC, "draft,sent", null, 10, 20, null, "2026-02-03T18:30:00.000Z", "2026-02-14T18:29:59.999Z")
            .getDocuments().get(0).getGrandTotal().getAmount()));
    assertRequestLine(documents, "GET", "/highlevel-pit/proposals/document", Map.of("locationId", LOC, "status", "draft,sent",
        "limit", "10", "skip", "20", "dateFrom", "2026-02-03T18:30:00.000Z", "dateTo", "2026-02-14T18:29:59.999Z"));

    LoggedRequest send = sent(() -> assertTrue(api.sendProposalDocument(new ProposalDocumentSendRequest().locationId(LOC)
        .documentId("67ac9a51106ee8311e911b2c").medium("link").sentBy("K9PSPnWjfNoE8DCf5LJZ")).getSuccess()));
    assertRequestLine(send, "POST", "/highlevel-pit/proposals/document/send", Map.of());
    assertJsonBody(send, """
        {"locationId": "loc123", "documentId": "67ac9a51106ee8311e911b2c", "medium": "link", "sentBy": "K9PSPnWjfNoE8DCf5LJZ"}""");

    LoggedRequest templates = sent(() -> assertEquals("proposal",
        api.listProposalTemplates(LOC, null, null, "proposal,estimate", null, null, null, 10, 0).getData().get(0).getType()));
    assertRequestLine(templates, "GET", "/highlevel-pit/proposals/templates",
        Map.of("locationId", LOC, "type", "proposal,estimate", "limit", "10", "skip", "0"));

    LoggedRequest fromTemplate = sent(() -> assertEquals("recipient", api.sendProposalTemplate(new ProposalTemplateSendRequest()
        .templateId("685d11c371c22e636e9c04b2").userId("K9PSPnWjfNoE8DCf5LJZ").sendDocument(true).locationId(LOC)
        .contactId("u240JcS0E5qE0ziHnwMm")).getLinks().get(0).getRecipientCategory()));
    assertRequestLine(fromTemplate, "POST", "/highlevel-pit/proposals/templates/send", Map.of());
    assertJsonBody(fromTemplate, """
        {"templateId": "685d11c371c22e636e9c04b2", "userId": "K9PSPnWjfNoE8DCf5LJZ", "sendDocument": true,
         "locationId": "loc123", "contactId": "u240JcS0E5qE0ziHnwMm"}""");
  }

  @Test
  @Area("Store")
  void store() {
    StoreApi api = api(StoreApi.class);
    String zone = "655b33a82209e60b6adb87a5";
    String rate = "655b33a82209e60b6adb87b1";
    String carrier = "655b33a82209e60b6adb87c2";
    Map<String, String> alt = Map.of("altId", LOC, "altType", "location");

    LoggedRequest createZone = sent(() -> assertEquals(zone, api.createStoreShippingZone(new StoreShippingZoneCreateRequest()
        .altId(LOC).altType(AltType.LOCATION).name("North America")
        .countries(List.of(new StoreShippingZoneCountry().code("US").states(List.of(new StoreShippingZoneState().code("VA"))),
            new StoreShippingZoneCountry().code("CA")))).getData().getId()));
    assertRequestLine(createZone, "POST", "/highlevel-pit/store/shipping-zone", Map.of());
    assertJsonBody(createZone, """
        {"altId": "loc123", "altType": "location", "name": "North America",
         "countries": [{"code": "US", "states": [{"code": "VA"}]}, {"code": "CA"}]}""");

    LoggedRequest zones = sent(() -> assertEquals(new BigDecimal("4.99"),
        api.listStoreShippingZones(LOC, "location", 10, 20, true).getData().get(0).getShippingRates().get(0).getAmount()));
    assertRequestLine(zones, "GET", "/highlevel-pit/store/shipping-zone",
        Map.of("altId", LOC, "altType", "location", "limit", "10", "offset", "20", "withShippingRate", "true"));

    LoggedRequest getZone = sent(() -> api.getStoreShippingZone(zone, LOC, "location", null));
    assertRequestLine(getZone, "GET", "/highlevel-pit/store/shipping-zone/" + zone, alt);

    LoggedRequest updateZone = sent(() -> api.updateStoreShippingZone(zone, new StoreShippingZoneUpdateRequest().name("US and Canada")));
    assertRequestLine(updateZone, "PUT", "/highlevel-pit/store/shipping-zone/" + zone, Map.of());
    assertJsonBody(updateZone, """
        {"name": "US and Canada"}""");

    LoggedRequest deleteZone = sent(() -> assertTrue(api.deleteStoreShippingZone(zone, LOC, "location").getStatus()));
    assertRequestLine(deleteZone, "DELETE", "/highlevel-pit/store/shipping-zone/" + zone, alt);
    assertNoBody(deleteZone);

    // amounts go out exactly as given (BigDecimal), an open order source as given
    LoggedRequest available = sent(() -> assertEquals("Standard", api.listStoreAvailableShippingRates(
        new StoreAvailableShippingRatesRequest().altId(LOC).altType(AltType.LOCATION)
            .country("US").amountAvailable(true).totalOrderAmount(new BigDecimal("42.50")).totalOrderWeight(new BigDecimal("1.2"))
            .source(new StoreOrderSource().type("kiosk")).products(List.of(new StoreOrderProduct().id("price1").qty(2))))
        .getData().get(0).getName()));
    assertRequestLine(available, "POST", "/highlevel-pit/store/shipping-zone/shipping-rates", Map.of());
    assertJsonBody(available, """
        {"altId": "loc123", "altType": "location", "country": "US", "amountAvailable": true, "totalOrderAmount": 42.50,
         "totalOrderWeight": 1.2, "source": {"type": "kiosk"}, "products": [{"id": "price1", "qty": 2}]}""");

    LoggedRequest createRate = sent(() -> api.createStoreShippingRate(zone, new StoreShippingRateCreateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("Standard").currency("USD").amount(new BigDecimal("4.99"))
        .conditionType("price").minCondition(BigDecimal.ZERO).maxCondition(new BigDecimal("49.99")).shippingCarrierId("")));
    assertRequestLine(createRate, "POST", "/highlevel-pit/store/shipping-zone/" + zone + "/shipping-rate", Map.of());
    assertJsonBody(createRate, """
        {"altId": "loc123", "altType": "location", "name": "Standard", "currency": "USD", "amount": 4.99,
         "conditionType": "price", "minCondition": 0, "maxCondition": 49.99, "shippingCarrierId": ""}""");

    LoggedRequest rates = sent(() -> api.listStoreShippingRates(zone, LOC, "location", 25, 0));
    assertRequestLine(rates, "GET", "/highlevel-pit/store/shipping-zone/" + zone + "/shipping-rate",
        Map.of("altId", LOC, "altType", "location", "limit", "25", "offset", "0"));

    String ratePath = "/highlevel-pit/store/shipping-zone/" + zone + "/shipping-rate/" + rate;
    LoggedRequest getRate = sent(() -> assertEquals("price", api.getStoreShippingRate(zone, rate, LOC, "location").getData().getConditionType()));
    assertRequestLine(getRate, "GET", ratePath, alt);

    LoggedRequest updateRate = sent(() -> api.updateStoreShippingRate(zone, rate,
        new StoreShippingRateUpdateRequest().amount(new BigDecimal("5.99"))));
    assertRequestLine(updateRate, "PUT", ratePath, Map.of());
    assertJsonBody(updateRate, """
        {"amount": 5.99}""");

    LoggedRequest deleteRate = sent(() -> api.deleteStoreShippingRate(zone, rate, LOC, "location"));
    assertRequestLine(deleteRate, "DELETE", ratePath, alt);

    LoggedRequest createCarrier = sent(() -> api.createStoreShippingCarrier(new StoreShippingCarrierCreateRequest().altId(LOC)
        .altType(AltType.LOCATION).name("FedEx").callbackUrl("https://example.com/rates")
        .services(List.of(new StoreShippingCarrierService().name("Ground").value("GROUND")))));
    assertRequestLine(createCarrier, "POST", "/highlevel-pit/store/shipping-carrier", Map.of());
    assertJsonBody(createCarrier, """
        {"altId": "loc123", "altType": "location", "name": "FedEx", "callbackUrl": "https://example.com/rates",
         "services": [{"name": "Ground", "value": "GROUND"}]}""");

    LoggedRequest carriers = sent(() -> assertEquals("FedEx", api.listStoreShippingCarriers(LOC, "location").getData().get(0).getName()));
    assertRequestLine(carriers, "GET", "/highlevel-pit/store/shipping-carrier", alt);

    String carrierPath = "/highlevel-pit/store/shipping-carrier/" + carrier;
    LoggedRequest getCarrier = sent(() -> api.getStoreShippingCarrier(carrier, LOC, "location"));
    assertRequestLine(getCarrier, "GET", carrierPath, alt);

    LoggedRequest updateCarrier = sent(() -> api.updateStoreShippingCarrier(carrier,
        new StoreShippingCarrierUpdateRequest().callbackUrl("https://example.com/v2/rates")));
    assertRequestLine(updateCarrier, "PUT", carrierPath, Map.of());
    assertJsonBody(updateCarrier, """
        {"callbackUrl": "https://example.com/v2/rates"}""");

    LoggedRequest deleteCarrier = sent(() -> api.deleteStoreShippingCarrier(carrier, LOC, "location"));
    assertRequestLine(deleteCarrier, "DELETE", carrierPath, alt);

    LoggedRequest save = sent(() -> assertEquals("Richmond", api.saveStoreSettings(new StoreSettingsSaveRequest().altId(LOC)
        .altType(AltType.LOCATION).shippingOrigin(new StoreShippingOrigin().name("ABC Store")
            .country("US").city("Richmond").street1("1 Main Street").zip("23219")))
        .getData().getShippingOrigin().getCity()));
    assertRequestLine(save, "POST", "/highlevel-pit/store/store-setting", Map.of());
    assertJsonBody(save, """
        {"altId": "loc123", "altType": "location",
         "shippingOrigin": {"name": "ABC Store", "country": "US", "city": "Richmond", "street1": "1 Main Street", "zip": "23219"}}""");

    LoggedRequest settings = sent(() -> assertTrue(api.getStoreSettings(LOC, "location").getData()
        .getStoreOrderNotification().getEnabled()));
    assertRequestLine(settings, "GET", "/highlevel-pit/store/store-setting", alt);
  }

  @Test
  @Area("FacebookAds")
  void facebookAds() {
    FacebookAdsApi api = api(FacebookAdsApi.class);
    FacebookAdsLocationRequest location = new FacebookAdsLocationRequest().locationId(LOC);
    assertEveryOperationOfArea("FacebookAds", List.of(
        row("getFacebookAdsReport", () -> api.getFacebookAdsReport(LOC, "month", "2022-01-11", "2022-01-31", "AD_MANAGER", "impressions,clicks,spend"),
            "GET", "/highlevel-pit/ad-publishing/facebook/reporting", Map.of("locationId", LOC, "groupBy", "month", "startDate", "2022-01-11", "endDate", "2022-01-31", "type", "AD_MANAGER", "fields", "impressions,clicks,spend"), null),
        row("getFacebookCampaignReport", () -> api.getFacebookCampaignReport("120208142050850608", LOC, "2022-01-11", "2022-01-31"),
            "GET", "/highlevel-pit/ad-publishing/facebook/reporting/campaign/120208142050850608", Map.of("locationId", LOC, "startDate", "2022-01-11", "endDate", "2022-01-31"), null),
        row("listFacebookAdsReports", () -> api.listFacebookAdsReports(LOC, "campaigns", "2022-01-11", "2022-01-31", "196684453527082", "INTEGRATION"),
            "GET", "/highlevel-pit/ad-publishing/facebook/reporting/list", Map.of("locationId", LOC, "listType", "campaigns", "startDate", "2022-01-11", "endDate", "2022-01-31", "campaignId", "196684453527082", "type", "INTEGRATION"), null),
        row("getFacebookCurrentUser", () -> api.getFacebookCurrentUser(LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/me", Map.of("locationId", LOC), null),
        row("listFacebookPages", () -> api.listFacebookPages(LOC, null),
            "GET", "/highlevel-pit/ad-publishing/facebook/pages", Map.of("locationId", LOC), null),
        row("listFacebookInstagramAccounts", () -> api.listFacebookInstagramAccounts("103456789012345", LOC, "INTEGRATION"),
            "GET", "/highlevel-pit/ad-publishing/facebook/page/103456789012345/instagram", Map.of("locationId", LOC, "type", "INTEGRATION"), null),
        row("listFacebookPageLeadForms", () -> api.listFacebookPageLeadForms("103456789012345", LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/page/103456789012345/forms", Map.of("locationId", LOC), null),
        row("createFacebookPageLeadForm", () -> api.createFacebookPageLeadForm("103456789012345", new FacebookAdsLeadFormCreateRequest().type("MORE_VOLUME").name("Contact Form").locationId(LOC)
                .addQuestionsItem(new FacebookAdsFormQuestion().key("full_name").type("FULL_NAME"))
                .addQuestionsItem(new FacebookAdsFormQuestion().key("interested").label("Are you interested?").type("CUSTOM")
                    .addOptionsItem(new FacebookAdsFormQuestionOption().key("yes").value("Yes")))
                .privacyPolicyLink("https://example.com/privacy")
                .thankYouPage(new FacebookAdsThankYouPage().title("Thank You!").body("We will contact you soon")
                    .buttonText("Visit Website").buttonType("VIEW_WEBSITE"))),
            "POST", "/highlevel-pit/ad-publishing/facebook/page/103456789012345/forms", Map.of(), """
            {"type": "MORE_VOLUME", "name": "Contact Form", "locationId": "loc123", "questions": [{"key": "full_name", "type": "FULL_NAME"}, {"key": "interested", "label": "Are you interested?", "type": "CUSTOM", "options": [{"key": "yes", "value": "Yes"}]}], "privacyPolicyLink": "https://example.com/privacy", "thankYouPage": {"title": "Thank You!", "body": "We will contact you soon", "buttonText": "Visit Website", "buttonType": "VIEW_WEBSITE"}}"""),
        row("listFacebookAdAccounts", () -> api.listFacebookAdAccounts(LOC, "AD_MANAGER", "cursor_abc", true, 25),
            "GET", "/highlevel-pit/ad-publishing/facebook/ad-accounts", Map.of("locationId", LOC, "type", "AD_MANAGER", "next", "cursor_abc", "fetchAll", "true", "limit", "25"), null),
        row("getFacebookAdAccount", () -> api.getFacebookAdAccount("act_123456789", LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/ad-accounts/act_123456789", Map.of("locationId", LOC), null),
        row("deleteFacebookAdAccount", () -> api.deleteFacebookAdAccount("act_123456789", location),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/ad-accounts/act_123456789", Map.of(), """
            {"locationId": "loc123"}"""),
        row("listFacebookConversationForms", () -> api.listFacebookConversationForms(LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/conversation-forms", Map.of("locationId", LOC), null),
        row("createFacebookConversationForm", () -> api.createFacebookConversationForm(new FacebookAdsConversationFormCreateRequest().locationId(LOC).name("Welcome Form")
                .text("Hi! How can we help?").addQuestionsItem(new FacebookAdsWelcomeMessageQuestion().question("How can we help?"))),
            "POST", "/highlevel-pit/ad-publishing/facebook/conversation-forms", Map.of(), """
            {"locationId": "loc123", "name": "Welcome Form", "text": "Hi! How can we help?", "questions": [{"question": "How can we help?"}]}"""),
        row("createFacebookIntegration", () -> api.createFacebookIntegration(new FacebookAdsIntegrationCreateRequest().locationId(LOC).pageId("103456789012345").adAccountId("act_123456789")),
            "POST", "/highlevel-pit/ad-publishing/facebook/integration", Map.of(), """
            {"locationId": "loc123", "pageId": "103456789012345", "adAccountId": "act_123456789"}"""),
        row("getFacebookIntegration", () -> api.getFacebookIntegration(LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/integration", Map.of("locationId", LOC), null),
        row("deleteFacebookIntegration", () -> api.deleteFacebookIntegration(location),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/integration", Map.of(), """
            {"locationId": "loc123"}"""),
        row("searchFacebookTargeting", () -> api.searchFacebookTargeting("interest", "fitness", null),
            "GET", "/highlevel-pit/ad-publishing/facebook/targeting/search", Map.of("type", "interest", "query", "fitness"), null),
        row("publishFacebookCampaign", () -> api.publishFacebookCampaign("120208142050850608", new FacebookAdsPublishRequest().locationId(LOC)),
            "POST", "/highlevel-pit/ad-publishing/facebook/campaigns/120208142050850608/publish", Map.of(), """
            {"locationId": "loc123"}"""),
        row("deleteFacebookPage", () -> api.deleteFacebookPage(LOC, "123456789"),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/page", Map.of("locationId", LOC, "pageId", "123456789"), null),
        row("listFacebookPixels", () -> api.listFacebookPixels(LOC, null, null, null),
            "GET", "/highlevel-pit/ad-publishing/facebook/pixels", Map.of("locationId", LOC), null),
        row("upsertFacebookPixel", () -> api.upsertFacebookPixel(new FacebookAdsPixelUpsertRequest().locationId(LOC).conversionPixelId("px_123").type("LEAD_EVENT")),
            "PUT", "/highlevel-pit/ad-publishing/facebook/pixels", Map.of(), """
            {"locationId": "loc123", "conversionPixelId": "px_123", "type": "LEAD_EVENT"}"""),
        row("listFacebookCustomAudiences", () -> api.listFacebookCustomAudiences(LOC, "custom", null, "act_123456"),
            "GET", "/highlevel-pit/ad-publishing/facebook/custom-audience", Map.of("locationId", LOC, "type", "custom", "adAccountId", "act_123456"), null),
        row("deleteFacebookCustomAudience", () -> api.deleteFacebookCustomAudience("23851234567890123", LOC),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123", Map.of("locationId", LOC), null),
        row("updateFacebookCustomAudience", () -> api.updateFacebookCustomAudience("23851234567890123", new FacebookAdsCustomAudienceUpdateRequest().locationId(LOC).name("Buyers").description("Bought in 2025")),
            "PUT", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123", Map.of(), """
            {"locationId": "loc123", "name": "Buyers", "description": "Bought in 2025"}"""),
        row("getFacebookCustomAudience", () -> api.getFacebookCustomAudience("23851234567890123", LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123", Map.of("locationId", LOC), null),
        row("addFacebookCustomAudienceMember", () -> api.addFacebookCustomAudienceMember("23851234567890123", new FacebookAdsCustomAudienceMemberRequest().locationId(LOC).contactId("contact123")),
            "PUT", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123/member", Map.of(), """
            {"locationId": "loc123", "contactId": "contact123"}"""),
        row("removeFacebookCustomAudienceMember", () -> api.removeFacebookCustomAudienceMember("23851234567890123", new FacebookAdsCustomAudienceMemberRequest().locationId(LOC).contactId("contact123").fbAdAccountId("act_123456789")),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123/member", Map.of(), """
            {"locationId": "loc123", "contactId": "contact123", "fbAdAccountId": "act_123456789"}"""),
        row("updateFacebookCustomAudienceMembers", () -> api.updateFacebookCustomAudienceMembers("23851234567890123", new FacebookAdsCustomAudienceMembersBatchRequest().locationId(LOC).operationType("ADD").smartlistIds(List.of("list_1", "list_2"))),
            "PUT", "/highlevel-pit/ad-publishing/facebook/custom-audience/23851234567890123/member/batch", Map.of(), """
            {"locationId": "loc123", "operationType": "ADD", "smartlistIds": ["list_1", "list_2"]}"""),
        row("setFacebookDefaultPage", () -> api.setFacebookDefaultPage(LOC, new FacebookAdsDefaultPageRequest().pageId("103456789012345")),
            "PUT", "/highlevel-pit/ad-publishing/facebook/page/default", Map.of("locationId", LOC), """
            {"pageId": "103456789012345"}"""),
        row("getFacebookLeadForm", () -> api.getFacebookLeadForm("507f1f77bcf86cd799439011", LOC),
            "GET", "/highlevel-pit/ad-publishing/facebook/lead-form/507f1f77bcf86cd799439011", Map.of("locationId", LOC), null),
        row("getFacebookCampaign", () -> api.getFacebookCampaign("120208142050850608", LOC, null, null),
            "GET", "/highlevel-pit/ad-publishing/facebook/campaign/120208142050850608", Map.of("locationId", LOC), null),
        row("listFacebookAdEntities", () -> api.listFacebookAdEntities(LOC, "AD_MANAGER", "cursor_abc", true, null, null, "CAMPAIGN", null, null),
            "GET", "/highlevel-pit/ad-publishing/facebook/entity", Map.of("locationId", LOC, "type", "AD_MANAGER", "next", "cursor_abc", "fetchAll", "true", "entityType", "CAMPAIGN"), null),
        row("upsertFacebookCampaign", () -> api.upsertFacebookCampaign(new FacebookAdsCampaignUpsertRequest().locationId(LOC).name("Summer Campaign").objective("OUTCOME_LEADS").specialAdCategories("NONE")),
            "PUT", "/highlevel-pit/ad-publishing/facebook/campaigns", Map.of(), """
            {"locationId": "loc123", "name": "Summer Campaign", "objective": "OUTCOME_LEADS", "specialAdCategories": "NONE"}"""),
        row("upsertFacebookAdSet", () -> api.upsertFacebookAdSet(new FacebookAdsAdSetUpsertRequest().locationId(LOC).campaignId("120208142050850608").name("Group A")
                .audience(new FacebookAdsAudience().ageMin(25).addGeoLocationsItem(new FacebookAdsAudienceLocation().key("US")
                    .name("United States").type("country").selectionType("include")))
                .budget(new FacebookAdsBudget().budgetType("DAILY").amount(new BigDecimal("25.50")))),
            "PUT", "/highlevel-pit/ad-publishing/facebook/adsets", Map.of(), """
            {"locationId": "loc123", "campaignId": "120208142050850608", "name": "Group A", "audience": {"age_min": 25, "geo_locations": [{"key": "US", "name": "United States", "type": "country", "selectionType": "include"}]}, "budget": {"budgetType": "DAILY", "amount": 25.50}}"""),
        row("upsertFacebookAd", () -> api.upsertFacebookAd(new FacebookAdsAdUpsertRequest().locationId(LOC).campaignId("120208142050850608").adsetId("120208142050850777")
                .name("My Ad").addMediaItem(new FacebookAdsMedia().src("https://example.com/a.jpg").type("image"))),
            "PUT", "/highlevel-pit/ad-publishing/facebook/ads-v2", Map.of(), """
            {"locationId": "loc123", "campaignId": "120208142050850608", "adsetId": "120208142050850777", "name": "My Ad", "media": [{"src": "https://example.com/a.jpg", "type": "image"}]}"""),
        row("pauseFacebookCampaign", () -> api.pauseFacebookCampaign("120208142050850608", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/campaigns/120208142050850608/pause", Map.of(), """
            {"locationId": "loc123"}"""),
        row("resumeFacebookCampaign", () -> api.resumeFacebookCampaign("120208142050850608", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/campaigns/120208142050850608/resume", Map.of(), """
            {"locationId": "loc123"}"""),
        row("duplicateFacebookCampaign", () -> api.duplicateFacebookCampaign("120208142050850608", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/campaigns/120208142050850608/duplicate", Map.of(), """
            {"locationId": "loc123"}"""),
        row("deleteFacebookCampaign", () -> api.deleteFacebookCampaign("120208142050850608", location),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/campaigns/120208142050850608", Map.of(), """
            {"locationId": "loc123"}"""),
        row("pauseFacebookAdSet", () -> api.pauseFacebookAdSet("120208142050850777", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/adsets/120208142050850777/pause", Map.of(), """
            {"locationId": "loc123"}"""),
        row("resumeFacebookAdSet", () -> api.resumeFacebookAdSet("120208142050850777", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/adsets/120208142050850777/resume", Map.of(), """
            {"locationId": "loc123"}"""),
        row("duplicateFacebookAdSet", () -> api.duplicateFacebookAdSet("120208142050850777"),
            "POST", "/highlevel-pit/ad-publishing/facebook/adsets/120208142050850777/duplicate", Map.of(), null),
        row("deleteFacebookAdSet", () -> api.deleteFacebookAdSet("120208142050850777", location),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/adsets/120208142050850777", Map.of(), """
            {"locationId": "loc123"}"""),
        row("pauseFacebookAd", () -> api.pauseFacebookAd("120208142050850999", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/ads/120208142050850999/pause", Map.of(), """
            {"locationId": "loc123"}"""),
        row("resumeFacebookAd", () -> api.resumeFacebookAd("120208142050850999", location),
            "POST", "/highlevel-pit/ad-publishing/facebook/ads/120208142050850999/resume", Map.of(), """
            {"locationId": "loc123"}"""),
        row("duplicateFacebookAd", () -> api.duplicateFacebookAd("120208142050850999"),
            "POST", "/highlevel-pit/ad-publishing/facebook/ads/120208142050850999/duplicate", Map.of(), null),
        row("deleteFacebookAd", () -> api.deleteFacebookAd("120208142050850999", location),
            "DELETE", "/highlevel-pit/ad-publishing/facebook/ads/120208142050850999", Map.of(), """
            {"locationId": "loc123"}""")));
  }

  @Test
  @Area("GoogleAds")
  void googleAds() {
    GoogleAdsApi api = api(GoogleAdsApi.class);
    assertEveryOperationOfArea("GoogleAds", List.of(
        row("getGoogleAdsReport", () -> api.getGoogleAdsReport(LOC, null, "2022-01-11", "2022-01-31", "AD_MANAGER", "impressions,clicks,cost_micros"),
            "GET", "/highlevel-pit/ad-publishing/google/reporting", Map.of("locationId", LOC, "startDate", "2022-01-11", "endDate", "2022-01-31", "type", "AD_MANAGER", "fields", "impressions,clicks,cost_micros"), null),
        row("listGoogleAdsReports", () -> api.listGoogleAdsReports(LOC, "campaigns", "2022-01-11", "2022-01-31", null, "INTEGRATION"),
            "GET", "/highlevel-pit/ad-publishing/google/reporting/list", Map.of("locationId", LOC, "listType", "campaigns", "startDate", "2022-01-11", "endDate", "2022-01-31", "type", "INTEGRATION"), null),
        row("getGoogleCampaignReport", () -> api.getGoogleCampaignReport("camp_abc123", LOC, "2022-01-11", "2022-01-31"),
            "GET", "/highlevel-pit/ad-publishing/google/reporting/campaign/camp_abc123", Map.of("locationId", LOC, "startDate", "2022-01-11", "endDate", "2022-01-31"), null),
        row("listGoogleConversions", () -> api.listGoogleConversions(LOC, "AD_MANAGER", null, null, null, null),
            "GET", "/highlevel-pit/ad-publishing/google/conversions", Map.of("locationId", LOC, "type", "AD_MANAGER"), null),
        row("upsertGoogleConversion", () -> api.upsertGoogleConversion(new GoogleAdsConversionUpsertRequest().locationId(LOC).name("Purchase").type("WEBPAGE").category("PURCHASE")
                .valueSettings(new GoogleAdsConversionValueSettings().defaultValue(new BigDecimal("10.50")).defaultCurrencyCode("USD")
                    .alwaysUseDefaultValue(false))
                .countingType("ONE_PER_CLICK").attributionModel("GOOGLE_ADS_LAST_CLICK").clickThroughWindow(30)),
            "PUT", "/highlevel-pit/ad-publishing/google/conversions", Map.of(), """
            {"locationId": "loc123", "name": "Purchase", "type": "WEBPAGE", "category": "PURCHASE", "valueSettings": {"defaultValue": 10.50, "defaultCurrencyCode": "USD", "alwaysUseDefaultValue": false}, "countingType": "ONE_PER_CLICK", "attributionModel": "GOOGLE_ADS_LAST_CLICK", "clickThroughWindow": 30}"""),
        row("getGoogleConversion", () -> api.getGoogleConversion("conv_abc123", LOC),
            "GET", "/highlevel-pit/ad-publishing/google/conversions/conv_abc123", Map.of("locationId", LOC), null),
        row("deleteGoogleConversion", () -> api.deleteGoogleConversion("conv_abc123", LOC),
            "DELETE", "/highlevel-pit/ad-publishing/google/conversions/conv_abc123", Map.of("locationId", LOC), null),
        row("getGoogleIntegration", () -> api.getGoogleIntegration(LOC),
            "GET", "/highlevel-pit/ad-publishing/google/integration", Map.of("locationId", LOC), null),
        row("createGoogleIntegration", () -> api.createGoogleIntegration(new GoogleAdsIntegrationCreateRequest().locationId(LOC).adAccountId("123-456-7890").mccId("987-654-3210")),
            "POST", "/highlevel-pit/ad-publishing/google/integration", Map.of(), """
            {"locationId": "loc123", "adAccountId": "123-456-7890", "mccId": "987-654-3210"}"""),
        row("getGoogleCurrentUser", () -> api.getGoogleCurrentUser(LOC),
            "GET", "/highlevel-pit/ad-publishing/google/me", Map.of("locationId", LOC), null),
        row("listGoogleAdAccounts", () -> api.listGoogleAdAccounts(LOC, "AD_MANAGER"),
            "GET", "/highlevel-pit/ad-publishing/google/ad-accounts", Map.of("locationId", LOC, "type", "AD_MANAGER"), null),
        row("getGoogleAdAccount", () -> api.getGoogleAdAccount("act_abc123", LOC),
            "GET", "/highlevel-pit/ad-publishing/google/ad-accounts/act_abc123", Map.of("locationId", LOC), null),
        row("deleteGoogleAdAccount", () -> api.deleteGoogleAdAccount("act_abc123", new GoogleAdsLocationRequest().locationId(LOC)),
            "DELETE", "/highlevel-pit/ad-publishing/google/ad-accounts/act_abc123", Map.of(), """
            {"locationId": "loc123"}"""),
        row("publishGoogleAd", () -> api.publishGoogleAd("507f1f77bcf86cd799439011"),
            "POST", "/highlevel-pit/ad-publishing/google/ads/507f1f77bcf86cd799439011/publish", Map.of(), null),
        row("searchGoogleTargeting", () -> api.searchGoogleTargeting("geolocation", null, LOC),
            "GET", "/highlevel-pit/ad-publishing/google/targeting/search", Map.of("type", "geolocation", "locationId", LOC), null),
        row("getGoogleKeywordIdeas", () -> api.getGoogleKeywordIdeas(LOC, new GoogleAdsKeywordIdeasRequest().url("https://example.com").keywords(List.of("marketing"))),
            "POST", "/highlevel-pit/ad-publishing/google/keyword-ideas", Map.of("locationId", LOC), """
            {"url": "https://example.com", "keywords": ["marketing"]}"""),
        row("listGoogleAssets", () -> api.listGoogleAssets(LOC, "CALL", null, null),
            "GET", "/highlevel-pit/ad-publishing/google/assets", Map.of("locationId", LOC, "type", "CALL"), null),
        row("upsertGoogleAssets", () -> api.upsertGoogleAssets(new GoogleAdsAssetsUpsertRequest().locationId(LOC).type("CALL")
                .payload(new GoogleAdsAssetPayload().phoneNumber("+14155551234").countryCode("US")
                    .addAdScheduleTargetsItem(new GoogleAdsAdScheduleTarget().startMinute("ZERO").endMinute("ZERO")
                        .dayOfWeek("MONDAY").startHour(9).endHour(17)))),
            "POST", "/highlevel-pit/ad-publishing/google/assets", Map.of(), """
            {"locationId": "loc123", "type": "CALL", "payload": {"phoneNumber": "+14155551234", "countryCode": "US", "adScheduleTargets": [{"startMinute": "ZERO", "endMinute": "ZERO", "dayOfWeek": "MONDAY", "startHour": 9, "endHour": 17}]}}"""),
        row("listGoogleAdEntities", () -> api.listGoogleAdEntities(LOC, "AD_MANAGER", null, null, "CAMPAIGN", null, null, null, null),
            "GET", "/highlevel-pit/ad-publishing/google/entity", Map.of("locationId", LOC, "type", "AD_MANAGER", "entityType", "CAMPAIGN"), null),
        row("listGoogleTargetInterests", () -> api.listGoogleTargetInterests(LOC, "AFFINITY", "SEARCH"),
            "GET", "/highlevel-pit/ad-publishing/google/target-interests", Map.of("locationId", LOC, "type", "AFFINITY", "advertisingChannelType", "SEARCH"), null),
        row("listGoogleSegments", () -> api.listGoogleSegments(LOC, "CUSTOM_SEGMENTS"),
            "GET", "/highlevel-pit/ad-publishing/google/segments", Map.of("locationId", LOC, "type", "CUSTOM_SEGMENTS"), null),
        row("upsertGoogleSegment", () -> api.upsertGoogleSegment(LOC, "CUSTOM_SEGMENTS", new GoogleAdsSegmentUpsertRequest().name("My Segment")
                .addMembersItem(new GoogleAdsMember().memberType("KEYWORD").keyword("digital marketing"))),
            "PUT", "/highlevel-pit/ad-publishing/google/segments", Map.of("locationId", LOC, "type", "CUSTOM_SEGMENTS"), """
            {"name": "My Segment", "members": [{"memberType": "KEYWORD", "keyword": "digital marketing"}]}"""),
        row("deleteGoogleSegment", () -> api.deleteGoogleSegment("seg_abc123", LOC, "CUSTOM_SEGMENTS"),
            "DELETE", "/highlevel-pit/ad-publishing/google/segments/seg_abc123", Map.of("locationId", LOC, "type", "CUSTOM_SEGMENTS"), null),
        row("getGoogleSegment", () -> api.getGoogleSegment("seg_abc123", LOC, "CUSTOM_SEGMENTS"),
            "GET", "/highlevel-pit/ad-publishing/google/segments/seg_abc123", Map.of("locationId", LOC, "type", "CUSTOM_SEGMENTS"), null),
        row("createGoogleOfflineUserListJob", () -> api.createGoogleOfflineUserListJob(new GoogleAdsOfflineUserListJobCreateRequest().locationId(LOC).smartListIds(List.of("sl_123")).isDynamic(false)),
            "POST", "/highlevel-pit/ad-publishing/google/segments/offline-user-list-job", Map.of(), """
            {"locationId": "loc123", "smartListIds": ["sl_123"], "isDynamic": false}"""),
        row("upsertGoogleAudience", () -> api.upsertGoogleAudience(new GoogleAdsAudienceUpsertRequest().locationId(LOC).name("My Audience")
                .dimensions(new GoogleAdsAudienceDimension().addAgeRangesItem(new GoogleAdsAudienceAgeRange().minAge(25).maxAge(34)))),
            "PUT", "/highlevel-pit/ad-publishing/google/audiences", Map.of(), """
            {"locationId": "loc123", "name": "My Audience", "dimensions": {"ageRanges": [{"minAge": 25, "maxAge": 34}]}}"""),
        row("listGoogleAudiences", () -> api.listGoogleAudiences(LOC),
            "GET", "/highlevel-pit/ad-publishing/google/audiences", Map.of("locationId", LOC), null),
        row("getGoogleAudience", () -> api.getGoogleAudience("aud_abc123", LOC),
            "GET", "/highlevel-pit/ad-publishing/google/audiences/aud_abc123", Map.of("locationId", LOC), null),
        row("upsertGoogleCampaign", () -> api.upsertGoogleCampaign(new GoogleAdsCampaignUpsertRequest().name("Search - Brand").locationId(LOC).advertisingChannelType("SEARCH")
                .budget(new GoogleAdsBudget().budgetType("DAILY").amount(new BigDecimal("25000000")))
                .addAdGroupsItem(new GoogleAdsAdGroup().name("Ad Group 1").keywords(new GoogleAdsKeywords()
                    .addPositivesItem(new GoogleAdsKeywordItem().keyword("acme fitness").matchType("PHRASE"))))),
            "PUT", "/highlevel-pit/ad-publishing/google/ads", Map.of(), """
            {"name": "Search - Brand", "locationId": "loc123", "advertisingChannelType": "SEARCH", "budget": {"budgetType": "DAILY", "amount": 25000000}, "adGroups": [{"name": "Ad Group 1", "keywords": {"positives": [{"keyword": "acme fitness", "matchType": "PHRASE"}]}}]}"""),
        row("getGoogleCampaign", () -> api.getGoogleCampaign("507f1f77bcf86cd799439011", LOC),
            "GET", "/highlevel-pit/ad-publishing/google/ads/507f1f77bcf86cd799439011", Map.of("locationId", LOC), null),
        row("listGoogleConversionGoals", () -> api.listGoogleConversionGoals(LOC),
            "GET", "/highlevel-pit/ad-publishing/google/conversion-goals", Map.of("locationId", LOC), null)));
  }

  @Test
  @Area("KnowledgeBase")
  void knowledgeBase() {
    KnowledgeBaseApi api = api(KnowledgeBaseApi.class);
    String kb = "Arc9QRauPKkSuMJO8D0m";

    // cursor-paged: the next page's lastKnowledgeBaseId is data.lastKnowledgeBaseId
    LoggedRequest list = sent(() -> assertEquals("ZwTB8S0yo0FIBY6OPZTD",
        api.listKnowledgeBases(LOC, "support", 20, null).getData().getLastKnowledgeBaseId()));
    assertRequestLine(list, "GET", "/highlevel-pit/knowledge-bases/", Map.of("locationId", LOC, "query", "support", "limit", "20"));
    assertNoBody(list);

    LoggedRequest create = sent(() -> assertEquals(kb, api.createKnowledgeBase(new KnowledgeBaseCreateRequest()
        .name("Support articles").description("Answers for the support bot").locationId(LOC)).getData().getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/knowledge-bases/", Map.of());
    assertJsonBody(create, """
        {"name": "Support articles", "description": "Answers for the support bot", "locationId": "loc123"}""");

    LoggedRequest get = sent(() -> assertEquals(64, api.getKnowledgeBase(kb).getData().getKbMetadata().getUrls()));
    assertRequestLine(get, "GET", "/highlevel-pit/knowledge-bases/" + kb, Map.of());

    LoggedRequest update = sent(() -> assertTrue(api.updateKnowledgeBase(kb,
        new KnowledgeBaseUpdateRequest().name("Support articles (2025)")).getSuccess()));
    assertRequestLine(update, "PUT", "/highlevel-pit/knowledge-bases/" + kb, Map.of());
    assertJsonBody(update, """
        {"name": "Support articles (2025)"}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteKnowledgeBase(kb).getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/knowledge-bases/" + kb, Map.of());
    assertNoBody(delete);

    LoggedRequest faqs = sent(() -> assertEquals("What is 1+2?",
        api.listKnowledgeBaseFaqs(kb, LOC, 10, "3rzeElC1FOVY91veVBkp").getFaqs().get(0).getQuestion()));
    assertRequestLine(faqs, "GET", "/highlevel-pit/knowledge-bases/faqs",
        Map.of("knowledgeBaseId", kb, "locationId", LOC, "limit", "10", "lastFaqId", "3rzeElC1FOVY91veVBkp"));

    LoggedRequest addFaq = sent(() -> assertTrue(api.createKnowledgeBaseFaq(new KnowledgeBaseFaqCreateRequest().locationId(LOC)
        .knowledgeBaseId(kb).question("Do you ship abroad?").answer("Yes, to 40 countries.")).getSuccess()));
    assertRequestLine(addFaq, "POST", "/highlevel-pit/knowledge-bases/faqs", Map.of());
    assertJsonBody(addFaq, """
        {"locationId": "loc123", "question": "Do you ship abroad?", "answer": "Yes, to 40 countries.", "knowledgeBaseId": "Arc9QRauPKkSuMJO8D0m"}""");

    LoggedRequest updateFaq = sent(() -> api.updateKnowledgeBaseFaq("3rzeElC1FOVY91veVBkp",
        new KnowledgeBaseFaqUpdateRequest().question("Do you ship abroad?").answer("Yes, to 45 countries.")));
    assertRequestLine(updateFaq, "PUT", "/highlevel-pit/knowledge-bases/faqs/3rzeElC1FOVY91veVBkp", Map.of());
    assertJsonBody(updateFaq, """
        {"question": "Do you ship abroad?", "answer": "Yes, to 45 countries."}""");

    LoggedRequest deleteFaq = sent(() -> api.deleteKnowledgeBaseFaq("3rzeElC1FOVY91veVBkp"));
    assertRequestLine(deleteFaq, "DELETE", "/highlevel-pit/knowledge-bases/faqs/3rzeElC1FOVY91veVBkp", Map.of());

    // page-numbered without a next-page field: the pager's increment style
    LoggedRequest urls = sent(() -> assertEquals(64, api.listKnowledgeBaseCrawledUrls(kb, LOC, 2, 20, null).getCount()));
    assertRequestLine(urls, "GET", "/highlevel-pit/knowledge-bases/crawler",
        Map.of("knowledgeBaseId", kb, "locationId", LOC, "page", "2", "pageLength", "20"));

    LoggedRequest crawl = sent(() -> assertEquals("688e410c8a18870ecf4d13bb", api.startKnowledgeBaseCrawl(
        new KnowledgeBaseCrawlStartRequest().locationId(LOC).knowledgeBaseId(kb).url("https://example.com/docs/")
            .option(KnowledgeBaseCrawlStartRequest.OptionEnum.PATH)).getData().getOperationId()));
    assertRequestLine(crawl, "POST", "/highlevel-pit/knowledge-bases/crawler", Map.of());
    assertJsonBody(crawl, """
        {"locationId": "loc123", "url": "https://example.com/docs/", "option": "Path", "knowledgeBaseId": "Arc9QRauPKkSuMJO8D0m"}""");

    LoggedRequest status = sent(() -> assertEquals("Path",
        api.getKnowledgeBaseCrawlStatus(LOC, "688e410c8a18870ecf4d13bb", kb).getData().getOperationDetails().getMode().getValue()));
    assertRequestLine(status, "GET", "/highlevel-pit/knowledge-bases/crawler/status",
        Map.of("locationId", LOC, "operationId", "688e410c8a18870ecf4d13bb", "knowledgeBaseId", kb));

    LoggedRequest train = sent(() -> assertTrue(api.trainKnowledgeBaseCrawledUrls(new KnowledgeBaseCrawledUrlsTrainRequest()
        .locationId(LOC).knowledgeBaseId(kb).operationId("688e410c8a18870ecf4d13bb").urlIds(List.of("688b640bcb02d498102a13ec")))
        .getSuccess()));
    assertRequestLine(train, "POST", "/highlevel-pit/knowledge-bases/crawler/train", Map.of());
    assertJsonBody(train, """
        {"locationId": "loc123", "urlIds": ["688b640bcb02d498102a13ec"], "knowledgeBaseId": "Arc9QRauPKkSuMJO8D0m",
         "operationId": "688e410c8a18870ecf4d13bb"}""");

    // a DELETE with a JSON body
    LoggedRequest forget = sent(() -> assertTrue(api.deleteKnowledgeBaseCrawledUrls(new KnowledgeBaseCrawledUrlsDeleteRequest()
        .knowledgeBaseId(kb).locationId(LOC).urlIds(List.of("688c73a25275c513f5f3a7de"))).getSuccess()));
    assertRequestLine(forget, "DELETE", "/highlevel-pit/knowledge-bases/crawler", Map.of());
    assertJsonBody(forget, """
        {"knowledgeBaseId": "Arc9QRauPKkSuMJO8D0m", "locationId": "loc123", "urlIds": ["688c73a25275c513f5f3a7de"]}""");
  }

  @Test
  @Area("ConversationAi")
  void conversationAi() {
    ConversationAiApi api = api(ConversationAiApi.class);
    String agent = "rnXpSq2Zpgm3QzDfVPrk";
    String action = "6650b4c0e1d2f3a4b5c6d7e8";
    String base = "/highlevel-pit/conversation-ai/agents/" + agent;

    // channels are an open set: a plain string list, sent as given
    LoggedRequest create = sent(() -> assertEquals(agent, api.createConversationAiAgent(new ConversationAiAgentCreateRequest()
        .name("Booking assistant").personality("Friendly and helpful").goal("Book a consultation")
        .instructions("Offer the first free slot.").mode(ConversationAiAgentCreateRequest.ModeEnum.AUTO_PILOT)
        .channels(List.of("SMS", "Live_Chat")).autoPilotMaxMessages(25)).getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/conversation-ai/agents", Map.of());
    assertJsonBody(create, """
        {"name": "Booking assistant", "personality": "Friendly and helpful", "goal": "Book a consultation",
         "instructions": "Offer the first free slot.", "mode": "auto-pilot", "channels": ["SMS", "Live_Chat"],
         "autoPilotMaxMessages": 25}""");

    // paged by hand: startAfter is the id of the last agent received
    LoggedRequest search = sent(() -> assertEquals(agent,
        api.searchConversationAiAgents(agent, 10, "booking").getAgents().get(0).getId()));
    assertRequestLine(search, "GET", "/highlevel-pit/conversation-ai/agents/search",
        Map.of("startAfter", agent, "limit", "10", "query", "booking"));

    LoggedRequest get = sent(() -> assertEquals("appointmentBooking",
        api.getConversationAiAgent(agent).getActions().get(0).getType().getValue()));
    assertRequestLine(get, "GET", base, Map.of());
    assertNoBody(get);

    LoggedRequest update = sent(() -> api.updateConversationAiAgent(agent, new ConversationAiAgentUpdateRequest()
        .mode(ConversationAiAgentUpdateRequest.ModeEnum.SUGGESTIVE).autoPilotMaxMessages(25)));
    assertRequestLine(update, "PUT", base, Map.of());
    assertJsonBody(update, """
        {"mode": "suggestive", "autoPilotMaxMessages": 25}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteConversationAiAgent(agent).getSuccess()));
    assertRequestLine(delete, "DELETE", base, Map.of());

    // details: one merged model for the seven action types
    LoggedRequest addAction = sent(() -> assertEquals("sV3BiXrjzbfo1tSUdyHO", api.createConversationAiAgentAction(agent,
        new ConversationAiAgentActionCreateRequest().type("appointmentBooking").name("Book a consultation")
            .details(new ConversationAiAgentActionDetails().calendarId("sV3BiXrjzbfo1tSUdyHO").onlySendLink(false)
                .rescheduleEnabled(true).cancelEnabled(true)))
        .getData().getDetails().getCalendarId()));
    assertRequestLine(addAction, "POST", base + "/actions", Map.of());
    assertJsonBody(addAction, """
        {"type": "appointmentBooking", "name": "Book a consultation",
         "details": {"calendarId": "sV3BiXrjzbfo1tSUdyHO", "onlySendLink": false, "rescheduleEnabled": true, "cancelEnabled": true}}""");

    LoggedRequest actions = sent(() -> assertEquals(2, api.listConversationAiAgentActions(agent).getData().size()));
    assertRequestLine(actions, "GET", base + "/actions/list", Map.of());

    LoggedRequest getAction = sent(() -> assertEquals(action, api.getConversationAiAgentAction(action, agent).getData().getId()));
    assertRequestLine(getAction, "GET", base + "/actions/" + action, Map.of());

    LoggedRequest updateAction = sent(() -> api.updateConversationAiAgentAction(action, agent,
        new ConversationAiAgentActionCreateRequest().type("stopBot").name("Stop on goodbye")
            .details(new ConversationAiAgentActionDetails().stopBotDetectionType(ConversationAiAgentActionDetails.StopBotDetectionTypeEnum.GOODBYE)
                .enabled(true))));
    assertRequestLine(updateAction, "PUT", base + "/actions/" + action, Map.of());
    assertJsonBody(updateAction, """
        {"type": "stopBot", "name": "Stop on goodbye", "details": {"stopBotDetectionType": "Goodbye", "enabled": true}}""");

    LoggedRequest removeAction = sent(() -> assertEquals(action,
        api.deleteConversationAiAgentAction(action, agent).getData().getId()));
    assertRequestLine(removeAction, "DELETE", base + "/actions/" + action, Map.of());

    LoggedRequest followup = sent(() -> api.updateConversationAiAgentFollowupSettings(agent,
        new ConversationAiAgentFollowupSettingsUpdateRequest().actionIds(List.of("6650b4c0e1d2f3a4b5c6d7e9"))
            .followupSettings(new ConversationAiAgentFollowupSettings().dynamicChannelSwitching(true))));
    assertRequestLine(followup, "PATCH", base + "/followup-settings", Map.of());
    assertJsonBody(followup, """
        {"actionIds": ["6650b4c0e1d2f3a4b5c6d7e9"], "followupSettings": {"dynamicChannelSwitching": true}}""");

    LoggedRequest generation = sent(() -> assertEquals("emp_123",
        api.getConversationAiGeneration("ve9EPM428h8vShlRW1KT", "conversation").getAgentId()));
    assertRequestLine(generation, "GET", "/highlevel-pit/conversation-ai/generations",
        Map.of("messageId", "ve9EPM428h8vShlRW1KT", "source", "conversation"));
  }

  @Test
  @Area("VoiceAi")
  void voiceAi() {
    VoiceAiApi api = api(VoiceAiApi.class);
    String agent = "507f1f77bcf86cd799439011";
    String action = "66b1f2e3a4c5d6e7f8091a2b";

    // language is an open set (a String); patienceLevel a closed one
    LoggedRequest create = sent(() -> assertEquals(agent, api.createVoiceAiAgent(new VoiceAiAgentCreateRequest().locationId(LOC)
        .agentName("Front desk").language("pt-BR").patienceLevel(VoiceAiAgentCreateRequest.PatienceLevelEnum.MEDIUM)
        .maxCallDuration(600).agentWorkingHours(List.of(new VoiceAiAgentWorkingHours().dayOfTheWeek(1)
            .intervals(List.of(new VoiceAiAgentWorkingHoursInterval().startHour(9).startMinute(0).endHour(17).endMinute(30))))))
        .getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/voice-ai/agents", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "agentName": "Front desk", "language": "pt-BR", "patienceLevel": "medium", "maxCallDuration": 600,
         "agentWorkingHours": [{"dayOfTheWeek": 1, "intervals": [{"startHour": 9, "startMinute": 0, "endHour": 17, "endMinute": 30}]}]}""");

    // page-numbered without a next-page field: paged by hand
    LoggedRequest list = sent(() -> assertEquals(1, api.listVoiceAiAgents(2, 10, LOC, "desk").getTotal()));
    assertRequestLine(list, "GET", "/highlevel-pit/voice-ai/agents",
        Map.of("page", "2", "pageSize", "10", "locationId", LOC, "query", "desk"));

    LoggedRequest get = sent(() -> assertEquals("+12345678901",
        api.getVoiceAiAgent(agent, LOC).getActions().get(0).getActionParameters().getTransferToValue()));
    assertRequestLine(get, "GET", "/highlevel-pit/voice-ai/agents/" + agent, Map.of("locationId", LOC));
    assertNoBody(get);

    LoggedRequest patch = sent(() -> api.updateVoiceAiAgent(agent, LOC, new VoiceAiAgentUpdateRequest().maxCallDuration(900)));
    assertRequestLine(patch, "PATCH", "/highlevel-pit/voice-ai/agents/" + agent, Map.of("locationId", LOC));
    assertJsonBody(patch, """
        {"maxCallDuration": 900}""");

    LoggedRequest delete = sent(() -> api.deleteVoiceAiAgent(agent, LOC));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/voice-ai/agents/" + agent, Map.of("locationId", LOC));
    assertNoBody(delete);

    LoggedRequest logs = sent(() -> assertEquals(180, api.listVoiceAiCallLogs(LOC, agent, null, "LIVE", 1679308800000L,
        1679395199000L, "SMS,CALL_TRANSFER", "duration", "descend", 1, 10).getCallLogs().get(0).getDuration().intValue()));
    assertRequestLine(logs, "GET", "/highlevel-pit/voice-ai/dashboard/call-logs", Map.of("locationId", LOC, "agentId", agent,
        "callType", "LIVE", "startDate", "1679308800000", "endDate", "1679395199000", "actionType", "SMS,CALL_TRANSFER",
        "sortBy", "duration", "sort", "descend", "page", "1", "pageSize", "10"));

    LoggedRequest log = sent(() -> assertEquals("John Doe",
        api.getVoiceAiCallLog("507f1f77bcf86cd799439021", LOC).getExtractedData().get("customerName")));
    assertRequestLine(log, "GET", "/highlevel-pit/voice-ai/dashboard/call-logs/507f1f77bcf86cd799439021", Map.of("locationId", LOC));

    // actionType is an open set (a String); actionParameters one merged model for the eight types
    LoggedRequest addAction = sent(() -> assertEquals(action, api.createVoiceAiAgentAction(new VoiceAiAgentActionCreateRequest()
        .agentId(agent).locationId(LOC).actionType("SMS").name("Send booking link")
        .actionParameters(new VoiceAiAgentActionParameters().triggerPrompt("When the caller asks for the booking link")
            .triggerMessage("I'll text it to you").messageBody("Book here: https://example.com/book"))).getId()));
    assertRequestLine(addAction, "POST", "/highlevel-pit/voice-ai/actions", Map.of());
    assertJsonBody(addAction, """
        {"agentId": "507f1f77bcf86cd799439011", "locationId": "loc123", "actionType": "SMS", "name": "Send booking link",
         "actionParameters": {"triggerPrompt": "When the caller asks for the booking link", "triggerMessage": "I'll text it to you",
                              "messageBody": "Book here: https://example.com/book"}}""");

    LoggedRequest getAction = sent(() -> assertEquals("Transfer to Manager", api.getVoiceAiAgentAction(action, LOC).getName()));
    assertRequestLine(getAction, "GET", "/highlevel-pit/voice-ai/actions/" + action, Map.of("locationId", LOC));

    LoggedRequest updateAction = sent(() -> api.updateVoiceAiAgentAction(action, new VoiceAiAgentActionUpdateRequest()
        .agentId(agent).locationId(LOC).actionType("KNOWLEDGE_BASE").name("Answer pricing questions")
        .actionParameters(new VoiceAiAgentActionParameters().triggerPrompt("When the caller asks about pricing")
            .knowledgeBaseId("Arc9QRauPKkSuMJO8D0m"))));
    assertRequestLine(updateAction, "PUT", "/highlevel-pit/voice-ai/actions/" + action, Map.of());
    assertJsonBody(updateAction, """
        {"agentId": "507f1f77bcf86cd799439011", "locationId": "loc123", "actionType": "KNOWLEDGE_BASE", "name": "Answer pricing questions",
         "actionParameters": {"triggerPrompt": "When the caller asks about pricing", "knowledgeBaseId": "Arc9QRauPKkSuMJO8D0m"}}""");

    LoggedRequest deleteAction = sent(() -> api.deleteVoiceAiAgentAction(action, LOC, agent));
    assertRequestLine(deleteAction, "DELETE", "/highlevel-pit/voice-ai/actions/" + action, Map.of("locationId", LOC, "agentId", agent));
  }

  @Test
  @Area("AgentStudio")
  @SuppressWarnings("deprecation") // the public-api paths: deprecated by GHL, still documented and served
  void agentStudio() {
    AgentStudioApi api = api(AgentStudioApi.class);
    String agent = "p1q2r3s4t5u6v7w8x9y0z1a2";
    String version = "v1a2b3c4d5e6f7g8h9i0";

    LoggedRequest create = sent(() -> assertEquals("staging", api.createAgentStudioAgent("api", new AgentStudioAgentCreateRequest()
        .locationId(LOC).name("Support agent").status(AgentStudioAgentCreateRequest.StatusEnum.ACTIVE)
        .version(Map.of("versionName", "Version 1"))).getVersions().get(0).getState()));
    assertRequestLine(create, "POST", "/highlevel-pit/agent-studio/agent", Map.of("source", "api"));
    assertJsonBody(create, """
        {"locationId": "loc123", "name": "Support agent", "status": "active", "version": {"versionName": "Version 1"}}""");

    // offset-paged (limit/offset both required)
    LoggedRequest list = sent(() -> assertEquals(agent, api.listAgentStudioAgents(LOC, true, 20, 40, null)
        .getAgents().get(0).getAgentId()));
    assertRequestLine(list, "GET", "/highlevel-pit/agent-studio/agent",
        Map.of("locationId", LOC, "isPublished", "true", "limit", "20", "offset", "40"));

    LoggedRequest get = sent(() -> assertEquals("Ver1K8sSF2nC7al5InWz",
        api.getAgentStudioAgent(agent, LOC, null).getAgent().getProductionVersion().getVersionId()));
    assertRequestLine(get, "GET", "/highlevel-pit/agent-studio/agent/" + agent, Map.of("locationId", LOC));

    LoggedRequest metadata = sent(() -> api.updateAgentStudioAgent(agent, null, new AgentStudioAgentUpdateRequest()
        .locationId(LOC).name("Support agent (new)")));
    assertRequestLine(metadata, "PATCH", "/highlevel-pit/agent-studio/agent/" + agent, Map.of());
    assertJsonBody(metadata, """
        {"locationId": "loc123", "name": "Support agent (new)"}""");

    LoggedRequest updateVersion = sent(() -> api.updateAgentStudioAgentVersion(version, null,
        new AgentStudioAgentVersionUpdateRequest().locationId(LOC).versionName("v2")
            .edges(List.of(Map.of("startNode", "node_1", "endNode", "node_2")))));
    assertRequestLine(updateVersion, "PATCH", "/highlevel-pit/agent-studio/agent/versions/" + version, Map.of());
    assertJsonBody(updateVersion, """
        {"locationId": "loc123", "versionName": "v2", "edges": [{"startNode": "node_1", "endNode": "node_2"}]}""");

    LoggedRequest publish = sent(() -> assertEquals("prod", api.publishAgentStudioAgentVersion(version, null,
        new AgentStudioAgentPublishRequest().locationId(LOC)).getData().getProductionVersion().getState()));
    assertRequestLine(publish, "POST", "/highlevel-pit/agent-studio/agent/versions/" + version + "/publish", Map.of());
    assertJsonBody(publish, """
        {"locationId": "loc123"}""");

    // a session: the second message carries the executionId of the first answer
    LoggedRequest execute = sent(() -> assertEquals("a1b2c3d4e5f6g7h8i9j0k1l2", api.executeAgentStudioAgent(agent, null,
        new AgentStudioAgentExecuteRequest().locationId(LOC).message("And for email?").executionId("a1b2c3d4e5f6g7h8i9j0k1l2"))
        .getExecutionId()));
    assertRequestLine(execute, "POST", "/highlevel-pit/agent-studio/agent/" + agent + "/execute", Map.of());
    assertJsonBody(execute, """
        {"locationId": "loc123", "message": "And for email?", "executionId": "a1b2c3d4e5f6g7h8i9j0k1l2"}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteAgentStudioAgent(agent, LOC, null).getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/agent-studio/agent/" + agent, Map.of("locationId", LOC));

    // the deprecated public-api paths, kept while GHL documents them
    LoggedRequest oldList = sent(() -> assertEquals(2, api.listPublishedAgentStudioAgents(LOC, 20, 0, "api").getAgents().size()));
    assertRequestLine(oldList, "GET", "/highlevel-pit/agent-studio/public-api/agents",
        Map.of("locationId", LOC, "limit", "20", "offset", "0", "source", "api"));

    LoggedRequest oldGet = sent(() -> api.getPublishedAgentStudioAgent(agent, LOC, null));
    assertRequestLine(oldGet, "GET", "/highlevel-pit/agent-studio/public-api/agents/" + agent, Map.of("locationId", LOC));

    LoggedRequest oldExecute = sent(() -> api.executePublishedAgentStudioAgent(agent, null,
        new AgentStudioAgentExecuteRequest().locationId(LOC).message("Hi")));
    assertRequestLine(oldExecute, "POST", "/highlevel-pit/agent-studio/public-api/agents/" + agent + "/execute", Map.of());
    assertJsonBody(oldExecute, """
        {"locationId": "loc123", "message": "Hi"}""");
  }

  @Test
  @Area("PhoneSystem")
  void phoneSystem() {
    PhoneSystemApi api = api(PhoneSystemApi.class);

    LoggedRequest pools = sent(() -> assertEquals("Sales Team Pool",
        api.listPhoneNumberPools(LOC).getData().get(0).getName()));
    assertRequestLine(pools, "GET", "/highlevel-pit/phone-system/number-pools", Map.of("locationId", LOC));

    LoggedRequest available = sent(() -> assertEquals("1773314252953",
        api.listAvailablePhoneNumbers(LOC, "US", "local,tollFree", "830", null, null, true, null, null).getFingerprintId()));
    assertRequestLine(available, "GET", "/highlevel-pit/phone-system/numbers/location/loc123/available",
        Map.of("countryCode", "US", "numberTypes", "local,tollFree", "firstPart", "830", "smsEnabled", "true"));

    LoggedRequest purchase = sent(() -> assertEquals("conversation", api.purchasePhoneNumber(LOC,
        new PhoneNumberPurchaseRequest().phoneNumber("+18305551234").countryCode("US").numberType("local")
            .fingerprintId("1773314252953")).getNumbers().get("+18705871861")));
    assertRequestLine(purchase, "POST", "/highlevel-pit/phone-system/numbers/location/loc123/purchase", Map.of());
    assertJsonBody(purchase, """
        {"phoneNumber": "+18305551234", "countryCode": "US", "numberType": "local", "fingerprintId": "1773314252953"}""");

    LoggedRequest active = sent(() -> assertEquals("+14155552671",
        api.listActivePhoneNumbers(LOC, 100, 0, null, false).getNumbers().get(0).getPhoneNumber()));
    assertRequestLine(active, "GET", "/highlevel-pit/phone-system/numbers/location/loc123",
        Map.of("pageSize", "100", "page", "0", "skipNumberPool", "false"));
  }

  @Test
  @Area("EmailVerification")
  void emailVerification() {
    LoggedRequest verify = sent(() -> assertEquals("undeliverable", api(EmailVerificationApi.class).verifyEmail(LOC,
        new EmailVerificationRequest().type(EmailVerificationRequest.TypeEnum.EMAIL).verify("abc@xyz.com")).getResult().getValue()));
    assertRequestLine(verify, "POST", "/highlevel-pit/email/verify", Map.of("locationId", LOC));
    assertJsonBody(verify, """
        {"type": "email", "verify": "abc@xyz.com"}""");
  }

  @Test
  @Area("AffiliateManager")
  void affiliateManager() {
    AffiliateManagerApi api = api(AffiliateManagerApi.class);

    LoggedRequest list = sent(() -> assertEquals("john.doe@example.com",
        api.listAffiliates(LOC, "John", true, null, 0, 10, null, null).getAffiliates().get(0).getEmail()));
    assertRequestLine(list, "GET", "/highlevel-pit/affiliate-manager/loc123/affiliates",
        Map.of("query", "John", "active", "true", "skip", "0", "limit", "10"));

    LoggedRequest get = sent(() -> assertEquals("63d147176c5bbc30e9e091a4",
        api.getAffiliate(LOC, "63d147176c5bbc30e9e091a4").getId()));
    assertRequestLine(get, "GET", "/highlevel-pit/affiliate-manager/loc123/affiliates/63d147176c5bbc30e9e091a4", Map.of());

    LoggedRequest payouts = sent(() -> assertEquals("pending",
        api.listAffiliatePayouts(LOC, "pending", null, "aff1", null, 20, 10, null, null).getPayouts().get(0).getStatus()));
    assertRequestLine(payouts, "GET", "/highlevel-pit/affiliate-manager/loc123/payouts",
        Map.of("status", "pending", "affiliateId", "aff1", "skip", "20", "limit", "10"));

    LoggedRequest commissions = sent(() -> assertEquals(1,
        api.listAffiliateCommissions(LOC, "camp1", null, null, null, null, null, "2023-10-01", "2023-10-31")
            .getCommissions().size()));
    assertRequestLine(commissions, "GET", "/highlevel-pit/affiliate-manager/loc123/commissions",
        Map.of("campaignId", "camp1", "fromDate", "2023-10-01", "toDate", "2023-10-31"));
  }

  @Test
  @Area("Saas")
  void saas() {
    SaasApi api = api(SaasApi.class);
    String co = "co123";

    LoggedRequest byStripe = sent(() -> assertEquals(2, ((List<?>) api.listSaasLocationsByStripeId("cus_1", null, co)).size()));
    assertRequestLine(byStripe, "GET", "/highlevel-pit/saas/locations", Map.of("customerId", "cus_1", "companyId", co));

    LoggedRequest subscription = sent(() -> assertEquals("SaaS subscription updated successfully",
        api.updateSaasSubscription(LOC, new SaasSubscriptionUpdateRequest().subscriptionId("sub_1").customerId("cus_1")
            .companyId(co))));
    assertRequestLine(subscription, "PUT", "/highlevel-pit/saas/update-saas-subscription/loc123", Map.of());
    assertJsonBody(subscription, """
        {"subscriptionId": "sub_1", "customerId": "cus_1", "companyId": "co123"}""");

    LoggedRequest disable = sent(() -> api.bulkDisableSaas(co, new SaasBulkDisableRequest().locationIds(List.of(LOC))));
    assertRequestLine(disable, "POST", "/highlevel-pit/saas/bulk-disable-saas/co123", Map.of());
    assertJsonBody(disable, """
        {"locationIds": ["loc123"]}""");

    LoggedRequest enable = sent(() -> api.enableSaas(LOC, new SaasEnableRequest().companyId(co).isSaaSV2(true)
        .saasPlanId("plan1")));
    assertRequestLine(enable, "POST", "/highlevel-pit/saas/enable-saas/loc123", Map.of());
    assertJsonBody(enable, """
        {"companyId": "co123", "isSaaSV2": true, "saasPlanId": "plan1"}""");

    LoggedRequest pause = sent(() -> assertEquals(Boolean.TRUE,
        api.pauseSaasLocation(LOC, new SaasPauseRequest().paused(true).companyId(co))));
    assertRequestLine(pause, "POST", "/highlevel-pit/saas/pause/loc123", Map.of());
    assertJsonBody(pause, """
        {"paused": true, "companyId": "co123"}""");

    LoggedRequest rebilling = sent(() -> api.updateSaasRebilling(co, new SaasRebillingUpdateRequest().product("Phone")
        .locationIds(List.of(LOC)).config(new SaasRebillingUpdateRequestConfig().enabled(true)
            .markup(new java.math.BigDecimal("12.5")))));
    assertRequestLine(rebilling, "POST", "/highlevel-pit/saas/update-rebilling/co123", Map.of());
    assertJsonBody(rebilling, """
        {"product": "Phone", "locationIds": ["loc123"], "config": {"enabled": true, "markup": 12.5}}""");

    LoggedRequest plans = sent(() -> assertEquals(new java.math.BigDecimal("150"),
        api.listSaasAgencyPlans(co).get(0).getPrices().get(0).getAmount()));
    assertRequestLine(plans, "GET", "/highlevel-pit/saas/agency-plans/co123", Map.of());

    LoggedRequest locationSubscription = sent(() -> api.getSaasLocationSubscription(LOC, co));
    assertRequestLine(locationSubscription, "GET", "/highlevel-pit/saas/get-saas-subscription/loc123",
        Map.of("companyId", co));

    LoggedRequest bulkEnable = sent(() -> api.bulkEnableSaas(co, new SaasBulkEnableRequest().locationIds(List.of(LOC))
        .isSaaSV2(true).actionPayload(new SaasBulkEnableActionPayload().saasPlanId("plan1"))));
    assertRequestLine(bulkEnable, "POST", "/highlevel-pit/saas/bulk-enable-saas/co123", Map.of());
    assertJsonBody(bulkEnable, """
        {"locationIds": ["loc123"], "isSaaSV2": true, "actionPayload": {"saasPlanId": "plan1"}}""");

    LoggedRequest locations = sent(() -> assertTrue(api.listSaasLocations(co, 2).getPagination().getHasNext()));
    assertRequestLine(locations, "GET", "/highlevel-pit/saas/saas-locations/co123", Map.of("page", "2"));

    LoggedRequest plan = sent(() -> api.getSaasPlan("plan1", co));
    assertRequestLine(plan, "GET", "/highlevel-pit/saas/saas-plan/plan1", Map.of("companyId", co));
  }

  @Test
  @Area("Saas")
  @SuppressWarnings("deprecation") // the /saas-api/public-api/ paths: deprecated by GHL, still documented
  void saasDeprecatedPaths() {
    SaasApi api = api(SaasApi.class);
    String co = "co123";
    String base = "/highlevel-pit/saas-api/public-api/";

    assertRequestLine(sent(() -> api.listSaasLocationsByStripeIdLegacy(null, "sub_1", co)), "GET", base + "locations",
        Map.of("subscriptionId", "sub_1", "companyId", co));
    assertRequestLine(sent(() -> api.updateSaasSubscriptionLegacy(LOC, new SaasSubscriptionUpdateRequest()
        .subscriptionId("sub_1").customerId("cus_1").companyId(co))), "PUT", base + "update-saas-subscription/loc123", Map.of());
    assertRequestLine(sent(() -> api.bulkDisableSaasLegacy(co, new SaasBulkDisableRequest().locationIds(List.of(LOC)))),
        "POST", base + "bulk-disable-saas/co123", Map.of());
    assertRequestLine(sent(() -> api.enableSaasLegacy(LOC, new SaasEnableRequest().companyId(co).isSaaSV2(false))),
        "POST", base + "enable-saas/loc123", Map.of());
    assertRequestLine(sent(() -> api.pauseSaasLocationLegacy(LOC, new SaasPauseRequest().paused(false).companyId(co))),
        "POST", base + "pause/loc123", Map.of());
    assertRequestLine(sent(() -> api.updateSaasRebillingLegacy(co, new SaasRebillingUpdateRequest().product("Email")
        .locationIds(List.of(LOC)).config(new SaasRebillingUpdateRequestConfig().optIn(true)))),
        "POST", base + "update-rebilling/co123", Map.of());
    assertRequestLine(sent(() -> api.listSaasAgencyPlansLegacy(co)), "GET", base + "agency-plans/co123", Map.of());
    assertRequestLine(sent(() -> api.getSaasLocationSubscriptionLegacy(LOC, co)), "GET",
        base + "get-saas-subscription/loc123", Map.of("companyId", co));
    assertRequestLine(sent(() -> api.bulkEnableSaasLegacy(co, new SaasBulkEnableRequest().locationIds(List.of(LOC))
        .isSaaSV2(true).actionPayload(new SaasBulkEnableActionPayload().saasPlanId("plan1")))),
        "POST", base + "bulk-enable-saas/co123", Map.of());
    assertRequestLine(sent(() -> api.listSaasLocationsLegacy(co, (Integer) null)), "GET", base + "saas-locations/co123", Map.of());
    assertRequestLine(sent(() -> api.getSaasPlanLegacy("plan1", co)), "GET", base + "saas-plan/plan1",
        Map.of("companyId", co));
  }

  @Test
  @Area("Marketplace")
  void marketplace() {
    MarketplaceApi api = api(MarketplaceApi.class);

    LoggedRequest uninstall = sent(() -> assertTrue(api.uninstallMarketplaceApp("app123",
        new MarketplaceAppUninstallRequest().companyId("co123").reason("No longer needed")).getSuccess()));
    assertRequestLine(uninstall, "DELETE", "/highlevel-pit/marketplace/app/app123/installations", Map.of());
    assertJsonBody(uninstall, """
        {"companyId": "co123", "reason": "No longer needed"}""");

    LoggedRequest migrate = sent(() -> assertEquals("migration_12345", api.migrateMarketplaceExternalAuth(
        new MarketplaceExternalAuthMigrationRequest().type(MarketplaceExternalAuthMigrationRequest.TypeEnum.BASIC)
            .locationId(LOC).appId("app123").appVersionId("ver1").accountId("acct1").apiKey("sk_test_1"))
        .getIdentifier()));
    assertRequestLine(migrate, "POST", "/highlevel-pit/marketplace/external-auth/migration", Map.of());
    assertJsonBody(migrate, """
        {"type": "basic", "locationId": "loc123", "appId": "app123", "appVersionId": "ver1", "accountId": "acct1",
         "apiKey": "sk_test_1"}""");
  }

  @Test
  @Area("LinkedInAds")
  void linkedInAds() {
    LinkedInAdsApi api = api(LinkedInAdsApi.class);
    assertEveryOperationOfArea("LinkedInAds", List.of(
        row("getLinkedInIntegration", () -> api.getLinkedInIntegration(LOC),
            "GET", "/highlevel-pit/ad-publishing/linkedin/integration", Map.of("locationId", LOC), null),
        row("createLinkedInIntegration", () -> api.createLinkedInIntegration(new LinkedInAdsIntegrationCreateRequest().locationId(LOC).adAccountId("12345678").adAccountName("My Ad Account")
                .currencyCode("USD").organizationId("87654321")),
            "POST", "/highlevel-pit/ad-publishing/linkedin/integration", Map.of(), """
            {"locationId": "loc123", "adAccountId": "12345678", "adAccountName": "My Ad Account", "currencyCode": "USD", "organizationId": "87654321"}"""),
        row("listLinkedInAdAccounts", () -> api.listLinkedInAdAccounts(LOC),
            "GET", "/highlevel-pit/ad-publishing/linkedin/ad-accounts", Map.of("locationId", LOC), null),
        row("getLinkedInAdAccount", () -> api.getLinkedInAdAccount(LOC, "12345678"),
            "GET", "/highlevel-pit/ad-publishing/linkedin/ad-account", Map.of("locationId", LOC, "adAccountId", "12345678"), null),
        row("deleteLinkedInAdAccount", () -> api.deleteLinkedInAdAccount(LOC, "12345678"),
            "DELETE", "/highlevel-pit/ad-publishing/linkedin/ad-account", Map.of("locationId", LOC, "adAccountId", "12345678"), null),
        row("getLinkedInCurrentUser", () -> api.getLinkedInCurrentUser(LOC),
            "GET", "/highlevel-pit/ad-publishing/linkedin/me", Map.of("locationId", LOC), null),
        row("getLinkedInCampaignGroup", () -> api.getLinkedInCampaignGroup("507f1f77bcf86cd799439011", LOC),
            "GET", "/highlevel-pit/ad-publishing/linkedin/ads/507f1f77bcf86cd799439011", Map.of("locationId", LOC), null),
        row("publishLinkedInCampaignGroup", () -> api.publishLinkedInCampaignGroup("507f1f77bcf86cd799439011", new LinkedInAdsLocationRequest().locationId(LOC)),
            "POST", "/highlevel-pit/ad-publishing/linkedin/ads/507f1f77bcf86cd799439011/publish", Map.of(), """
            {"locationId": "loc123"}"""),
        row("upsertLinkedInCampaignGroup", () -> api.upsertLinkedInCampaignGroup(new LinkedInAdsCampaignGroupUpsertRequest().locationId(LOC).name("Q3 Leads").objectiveType("LEAD_GENERATION")
                .budget(new LinkedInAdsBudget().budgetType("DAILY").amount(new BigDecimal("50.00")))
                .addAdCampaignsItem(new LinkedInAdsAdCampaign().name("Decision makers")
                    .audience(new LinkedInAdsAudience().targetAudience(new LinkedInAdsTargetAudience()
                        .addIncludeItem(List.of(new LinkedInAdsSelectedAttribute().urn("urn:li:seniority:6").name("CXO")
                            .categoryName("Seniorities").facet("urn:li:adTargetingFacet:seniorities"))))))),
            "PUT", "/highlevel-pit/ad-publishing/linkedin/ads", Map.of(), """
            {"locationId": "loc123", "name": "Q3 Leads", "objectiveType": "LEAD_GENERATION", "budget": {"budgetType": "DAILY", "amount": 50.00}, "adCampaigns": [{"name": "Decision makers", "audience": {"targetAudience": {"include": [[{"urn": "urn:li:seniority:6", "name": "CXO", "categoryName": "Seniorities", "facet": "urn:li:adTargetingFacet:seniorities"}]]}}}]}"""),
        row("searchLinkedInTargeting", () -> api.searchLinkedInTargeting(LOC, "locations", null, null),
            "GET", "/highlevel-pit/ad-publishing/linkedin/targeting/search", Map.of("locationId", LOC, "facet", "locations"), null),
        row("listLinkedInLeadForms", () -> api.listLinkedInLeadForms("12345678", LOC),
            "GET", "/highlevel-pit/ad-publishing/linkedin/12345678/forms", Map.of("locationId", LOC), null),
        row("createLinkedInLeadForm", () -> api.createLinkedInLeadForm("12345678", LOC, new LinkedInAdsLeadFormCreateRequest().name("Contact Us").state("PUBLISHED")
                .owner(new LinkedInAdsSponsoredAccountOwner().sponsoredAccount("urn:li:sponsoredAccount:12345678"))
                .creationLocale(new LinkedInAdsCreationLocale().country("US").language("en"))
                .content(new LinkedInAdsLeadFormContent()
                    .headline(new LinkedInAdsLocalizedString().localized(Map.of("en_US", "Free guide")))
                    .addQuestionsItem(new LinkedInAdsLeadFormQuestion().name("firstName")
                        .question(new LinkedInAdsLocalizedString().localized(Map.of("en_US", "First name")))
                        .questionDetails(new LinkedInAdsQuestionDetails().textQuestionDetails(Map.of())))
                    .postSubmissionInfo(new LinkedInAdsPostSubmissionInfo()
                        .message(new LinkedInAdsLocalizedString().localized(Map.of("en_US", "Thanks!")))
                        .callToAction(new LinkedInAdsPostSubmissionCallToAction().callToActionLabel("LEARN_MORE")
                            .callToActionTarget(new LinkedInAdsPostSubmissionCallToActionTarget()
                                .landingPageUrl("https://example.com/thanks"))))
                    .legalInfo(new LinkedInAdsLegalInfo().privacyPolicyUrl("https://example.com/privacy")
                        .addConsentsItem(new LinkedInAdsConsent().id(1).checkRequired(true)
                            .consent(new LinkedInAdsLocalizedString().localized(Map.of("en_US", "I agree"))))))),
            "POST", "/highlevel-pit/ad-publishing/linkedin/12345678/form", Map.of("locationId", LOC), """
            {"name": "Contact Us", "state": "PUBLISHED", "owner": {"sponsoredAccount": "urn:li:sponsoredAccount:12345678"}, "creationLocale": {"country": "US", "language": "en"}, "content": {"headline": {"localized": {"en_US": "Free guide"}}, "questions": [{"name": "firstName", "question": {"localized": {"en_US": "First name"}}, "questionDetails": {"textQuestionDetails": {}}}], "postSubmissionInfo": {"message": {"localized": {"en_US": "Thanks!"}}, "callToAction": {"callToActionLabel": "LEARN_MORE", "callToActionTarget": {"landingPageUrl": "https://example.com/thanks"}}}, "legalInfo": {"privacyPolicyUrl": "https://example.com/privacy", "consents": [{"id": 1, "checkRequired": true, "consent": {"localized": {"en_US": "I agree"}}}]}}}"""),
        row("updateLinkedInAdStatus", () -> api.updateLinkedInAdStatus("507f1f77bcf86cd799439011", LOC, new LinkedInAdsAdStatusUpdateRequest().operationType("PAUSED").type("adCampaign")),
            "PATCH", "/highlevel-pit/ad-publishing/linkedin/507f1f77bcf86cd799439011/status", Map.of("locationId", LOC), """
            {"operationType": "PAUSED", "type": "adCampaign"}"""),
        row("getLinkedInAdAnalytics", () -> api.getLinkedInAdAnalytics(LOC, "CAMPAIGN", "month", "2024-01-01", "2024-01-31",
                "urn:li:sponsoredCampaign:87654321", "impressions,clicks"),
            "GET", "/highlevel-pit/ad-publishing/linkedin/reporting", Map.of("locationId", LOC, "pivot", "CAMPAIGN", "groupBy", "month",
                "startDate", "2024-01-01", "endDate", "2024-01-31", "entityUrns", "urn:li:sponsoredCampaign:87654321",
                "fields", "impressions,clicks"), null),
        row("listLinkedInAdsReports", () -> api.listLinkedInAdsReports(LOC, "campaigns", "87654321", "12345678", "2024-01-01",
                "2024-01-31", null),
            "GET", "/highlevel-pit/ad-publishing/linkedin/reporting/list", Map.of("locationId", LOC, "listType", "campaigns",
                "campaignId", "87654321", "campaignGroupId", "12345678", "startDate", "2024-01-01", "endDate", "2024-01-31"), null),
        row("getLinkedInCampaignGroupReport", () -> api.getLinkedInCampaignGroupReport("12345678", LOC, "2024-01-01", "2024-01-31",
                "impressions"),
            "GET", "/highlevel-pit/ad-publishing/linkedin/reporting/campaign-group/12345678", Map.of("locationId", LOC,
                "startDate", "2024-01-01", "endDate", "2024-01-31", "fields", "impressions"), null)));
  }

  // ------------------------------------------------------------------------------------------
  /** One call of a generated method and the request it must send (a null body: none sent). */
  private record Sent(String operationId, Runnable call, String method, String rawPath, Map<String, String> query,
      String body) {}

  private static Sent row(String operationId, Runnable call, String method, String rawPath, Map<String, String> query,
      String body) {
    return new Sent(operationId, call, method, rawPath, query, body);
  }

  /** Every operation of the area has one row (no more, no fewer), and each row sends its request line, query and body. */
  private static void assertEveryOperationOfArea(String tag, List<Sent> rows) {
    Set<String> inSpec = SpecFile.operations().stream().filter(op -> tag.equals(op.tag()))
        .map(SpecOperation::operationId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> called = rows.stream().map(Sent::operationId).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inSpec, called, tag + " operations called");
    assertEquals(called.size(), rows.size(), tag + " rows repeat an operation");
    for (Sent row : rows) {
      LoggedRequest request = sent(row.call());
      assertRequestLine(request, row.method(), row.rawPath(), row.query());
      if (row.body() == null) {
        assertNoBody(request);
      } else {
        assertJsonBody(request, row.body());
      }
    }
  }


  private static <T> T api(Class<T> type) {
    return TestClients.feign(type, wm.baseUrl());
  }

  private static LoggedRequest sent(Runnable call) {
    return SpecStubs.sent(wm, call);
  }
}
