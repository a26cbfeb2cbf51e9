using System.Text.Json.Serialization;

namespace GiveBack.Ledger.Outreach;

/// <summary>Text shown as it is (a campaign's name, a receipt number, an installment's number).</summary>
public sealed record TextValue([property: JsonRequired] string Text) : OutreachValue;
