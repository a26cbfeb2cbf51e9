namespace GiveBack.Plugin.CsvExport;

/// <summary>
/// Column names of the NPSP Data Import object (Salesforce Nonprofit Success Pack), as its import templates name them;
/// the GiveBack_* columns carry our ids so a re-import can match records (map them to custom fields, or ignore them).
/// </summary>
internal static class NpspColumns
{
    public static readonly string[] All =
    [
        "Contact1_First_Name", "Contact1_Last_Name", "Contact1_Personal_Email", "Contact1_Home_Phone",
        "Donation_Amount", "Donation_Date", "Donation_Stage", "Donation_Record_Type_Name", "Donation_Name",
        "Campaign_Name", "Donation_Currency", "GiveBack_Donor_Id", "GiveBack_Record_Id", "GiveBack_Event", "GiveBack_Delivery_Id",
    ];
}
