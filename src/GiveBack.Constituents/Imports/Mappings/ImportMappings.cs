using static GiveBack.Constituents.Imports.Mappings.ImportField;

namespace GiveBack.Constituents.Imports.Mappings;

/// <summary>
/// The mappings GiveBack ships: NPSP's Data Import template, CiviCRM's contact/contribution export, Raiser's Edge's
/// constituent/gift export, and GiveBack's own column names (<c>generic</c>, the names its export writes: its
/// <c>donors.csv</c>, <c>pledges.csv</c>, <c>gifts.csv</c> and <c>activities.csv</c>, imported one after the other, bring an export back).
/// </summary>
public static class ImportMappings
{
    public static readonly ImportMapping Npsp = new("npsp", "en-US", new Dictionary<ImportField, string[]>
    {
        [DonorKey] = ["Contact1Imported__c"],
        [FirstName] = ["Contact1_Firstname__c"],
        [LastName] = ["Contact1_Lastname__c"],
        [Email] = ["Contact1_Personal_Email__c", "Contact1_Preferred_Email__c", "Contact1_Work_Email__c", "Contact1_Alternate_Email__c"],
        [ClassYear] = ["Contact1_Class_Year__c"],
        [GiftKey] = ["Donation_Imported__c"],
        [Amount] = ["Donation_Amount__c"],
        [Currency] = ["CurrencyIsoCode", "Donation_Currency__c"],
        [GiftDate] = ["Donation_Date__c"],
        [Campaign] = ["Donation_Campaign_Name__c"],
        [Method] = ["Payment_Method__c"],
        [Reference] = ["Payment_Check_Reference_Number__c"],
        [Fund] = ["GAU_Allocation_1_GAU__c"],
    }, ColumnPrefix: "npsp__");

    public static readonly ImportMapping CiviCrm = new("civicrm", "en-US", new Dictionary<ImportField, string[]>
    {
        [DonorKey] = ["Contact ID", "Internal Contact ID", "External Identifier"],
        [FirstName] = ["First Name"],
        [LastName] = ["Last Name"],
        [Email] = ["Email"],
        [GiftKey] = ["Contribution ID"],
        [Amount] = ["Total Amount"],
        [Currency] = ["Currency"],
        [GiftDate] = ["Date Received", "Receive Date", "Contribution Date"],
        [Campaign] = ["Campaign Title", "Campaign"],
        [Method] = ["Payment Method"],
        [Reference] = ["Check Number", "Transaction ID"],
        [Fund] = ["Financial Type"],
        [GiftStatus] = ["Contribution Status"],
    }, BookedStatuses: ["Completed"]);

    public static readonly ImportMapping RaisersEdge = new("raisers-edge", "en-US", new Dictionary<ImportField, string[]>
    {
        [DonorKey] = ["Constituent ID", "Constituent Import ID", "Constituent System Record ID"],
        [FirstName] = ["First Name"],
        [LastName] = ["Last Name"],
        [Email] = ["Email Address", "Preferred Email", "Email"],
        [ClassYear] = ["Class of", "Primary Class Year"],
        [GiftKey] = ["Gift ID", "Gift Import ID", "Gift System Record ID"],
        [Amount] = ["Gift Amount", "Amount"],
        [GiftDate] = ["Gift Date", "Date"],
        [Campaign] = ["Campaign", "Campaign Description", "Campaign ID"],
        [Fund] = ["Fund", "Fund Description", "Fund ID"],
        [Method] = ["Gift Payment Type", "Payment Type", "Gift Type"],
        [Reference] = ["Reference", "Gift Reference", "Check Number"],
    });

    public static readonly ImportMapping Generic = new("generic", "en-US", new Dictionary<ImportField, string[]>
    {
        [DonorKey] = ["donor_key", "donor_id"],
        [FirstName] = ["first_name"],
        [LastName] = ["last_name"],
        [Email] = ["email"],
        [ClassYear] = ["class_year"],
        [GiftKey] = ["gift_key", "gift_id"],
        [Amount] = ["amount"],
        [AmountMinor] = ["amount_minor"],
        [GiftKind] = ["kind"],
        [ReversesGift] = ["reverses_gift_id"],
        [ReversalReason] = ["reason"],
        [CampaignKey] = ["campaign_id"],
        [Currency] = ["currency"],
        [GiftDate] = ["gift_date"],
        [Campaign] = ["campaign"],
        [Method] = ["method"],
        [Fund] = ["fund"],
        [Reference] = ["reference"],
        [PledgeAmount] = ["pledge_amount"],
        [PledgeInstallments] = ["pledge_installments", "installment_count"],
        [PledgeFrequency] = ["pledge_frequency", "frequency"],
        [PledgeFirstDueOn] = ["pledge_first_due_on", "first_due_on"],
        [ActivityType] = ["activity_type", "type"],
        [ActivityDate] = ["activity_date", "occurred_at"],
        [ActivityDetail] = ["activity_detail", "detail"],
        [PledgeAmountMinor] = ["total_amount_minor"],
        [PledgeKey] = ["pledge_id"],
        [ActivityKey] = ["activity_id"],
    });

    public static IReadOnlyList<ImportMapping> All { get; } = [Npsp, CiviCrm, RaisersEdge, Generic];

    public static ImportMapping? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
