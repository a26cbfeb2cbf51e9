using System.Text.Json.Serialization;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// One value a message is rendered from, kept typed (never pre-formatted) so that it is written in the recipient's
/// language only when the message is rendered: an amount as minor units and a currency, a date as a date.
/// Stored as JSON with a <c>type</c> of <c>text</c>, <c>money</c> or <c>date</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextValue), "text")]
[JsonDerivedType(typeof(MoneyValue), "money")]
[JsonDerivedType(typeof(DateValue), "date")]
public abstract record OutreachValue;
