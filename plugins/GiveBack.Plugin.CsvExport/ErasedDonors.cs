using System.Text;
using GiveBack.Plugins.Abstractions.Csv;

namespace GiveBack.Plugin.CsvExport;

/// <summary>
/// Takes an erased donor out of the files the export wrote: the contact columns of their rows are blanked in every
/// batch file (the amounts stay, under the donor's id, as they stay in GiveBack's ledger) and their entry leaves
/// <c>.donors.json</c>. Rewriting is idempotent, so a retried delivery changes nothing more.
/// </summary>
internal static class ErasedDonors
{
    private static readonly string[] Personal = [NpspColumns.FirstName, NpspColumns.LastName, NpspColumns.Email, NpspColumns.HomePhone];

    public static void Forget(string folder, Guid donorId)
    {
        new ContactDirectory(Path.Combine(folder, ".donors.json")).Forget(donorId);
        foreach (var file in Directory.GetFiles(folder, "npsp-import-*.csv"))
        {
            Rewrite(file, donorId.ToString());
        }
    }

    private static void Rewrite(string file, string donorId)
    {
        var records = CsvRecords.Parse(File.ReadAllText(file));
        if (records.Count < 2)
        {
            return;
        }

        var header = records[0];
        var donorColumn = Array.IndexOf(header, NpspColumns.DonorId);
        var changed = false;
        foreach (var record in records.Skip(1).Where(r => donorColumn >= 0 && donorColumn < r.Length && r[donorColumn] == donorId))
        {
            changed |= Blank(header, record);
        }

        if (!changed)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var record in records)
        {
            CsvWriter.AppendRow(text, record);
        }

        var temp = file + ".tmp";
        File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
        File.Move(temp, file, overwrite: true);
    }

    private static bool Blank(string[] header, string[] record)
    {
        var changed = false;
        for (var i = 0; i < header.Length && i < record.Length; i++)
        {
            var blanked = header[i] == NpspColumns.Name ? DonationName(header, record) : Personal.Contains(header[i]) ? "" : record[i];
            changed |= blanked != record[i];
            record[i] = blanked;
        }

        return changed;
    }

    /// <summary>The donation's name as <see cref="NpspRow"/> writes it for a donor with no contact: "Donor amount date".</summary>
    private static string DonationName(string[] header, string[] record)
    {
        string Value(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < record.Length ? record[i] : "";
        return Value(NpspColumns.Amount).Length == 0 ? "" : $"Donor {Value(NpspColumns.Amount)} {Value(NpspColumns.Date)}";
    }
}
