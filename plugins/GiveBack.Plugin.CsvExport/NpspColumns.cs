namespace GiveBack.Plugin.CsvExport;

/// <summary>
/// Columns of the export, named by the field API names of NPSP's Data Import object (<c>npsp__DataImport__c</c>), so the
/// Data Import wizard maps them without a hand-made mapping. <c>CurrencyIsoCode</c> is the standard field of
/// multi-currency orgs. The <c>GiveBack_*__c</c> columns carry GiveBack's ids and fund: create them as custom fields on
/// Data Import (and map them with Advanced Mapping) to match records on a re-import, or ignore them.
/// </summary>
internal static class NpspColumns
{
    public const string FirstName = "Contact1_Firstname__c";
    public const string LastName = "Contact1_Lastname__c";
    public const string Email = "Contact1_Personal_Email__c";
    public const string HomePhone = "Contact1_Home_Phone__c";
    public const string Donor = "Donation_Donor__c";
    public const string Amount = "Donation_Amount__c";
    public const string Date = "Donation_Date__c";
    public const string Name = "Donation_Name__c";
    public const string Stage = "Donation_Stage__c";
    public const string RecordType = "Donation_Record_Type_Name__c";
    public const string CampaignName = "Donation_Campaign_Name__c";
    public const string Description = "Donation_Description__c";
    public const string PaymentMethod = "Payment_Method__c";
    public const string Currency = "CurrencyIsoCode";
    public const string DonorId = "GiveBack_Donor_Id__c";
    public const string RecordId = "GiveBack_Record_Id__c";
    public const string Fund = "GiveBack_Fund__c";
    public const string EventType = "GiveBack_Event__c";
    public const string DeliveryId = "GiveBack_Delivery_Id__c";

    public static readonly string[] All =
    [
        FirstName, LastName, Email, HomePhone, Donor, Amount, Date, Name, Stage, RecordType, CampaignName, Description,
        PaymentMethod, Currency, DonorId, RecordId, Fund, EventType, DeliveryId,
    ];
}
