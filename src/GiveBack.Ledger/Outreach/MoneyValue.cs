using System.Text.Json.Serialization;

namespace GiveBack.Ledger.Outreach;

/// <summary>An amount in minor units of an ISO 4217 currency, formatted in the recipient's language when rendered.</summary>
public sealed record MoneyValue([property: JsonRequired] long Minor, [property: JsonRequired] string Currency) : OutreachValue;
