using System.Text.Json.Serialization;

namespace GiveBack.Ledger.Outreach;

/// <summary>A calendar date, written out in the recipient's language when rendered.</summary>
public sealed record DateValue([property: JsonRequired] DateOnly Date) : OutreachValue;
