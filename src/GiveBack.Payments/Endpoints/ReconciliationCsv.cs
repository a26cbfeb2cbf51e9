using GiveBack.Web.Csv;
using static GiveBack.Web.Csv.CsvTable;

namespace GiveBack.Payments.Endpoints;

/// <summary>Reconciliation as a CSV table (one row per ledger row or processor transaction) and its file name.</summary>
public static class ReconciliationCsv
{
    public static CsvTable Of(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new CsvTable("ledger_entry_id", "external_id", "balance_transaction_id", "type", "ledger_amount", "ledger_fee",
            "ledger_net", "processor_amount", "processor_fee", "processor_net", "currency", "issue");
        foreach (var l in report.Lines)
        {
            table.Add(Id(l.LedgerEntryId), Text(l.ExternalId), Text(l.BalanceTransactionId), Text(l.Type), Number(l.LedgerAmount),
                Number(l.LedgerFee), Number(l.LedgerNet), Number(l.ProcessorAmount), Number(l.ProcessorFee), Number(l.ProcessorNet),
                l.Currency, Text(l.Issue));
        }

        return table;
    }

    public static string FileName(DateOnly from, DateOnly to) => $"giveback-reconciliation-{Date(from)}-{Date(to)}.csv";
}
