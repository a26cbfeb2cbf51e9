using System.Text.Json.Serialization;
using GiveBack.Domain.Money;

namespace GiveBack.Ledger.Outreach;

/// <summary>
/// An amount a message is rendered from: a <see cref="Money"/>, formatted in the recipient's language when rendered.
/// Stored flat as <c>{"type":"money","minor":…,"currency":…}</c>, the shape queued rows (and the migration that rebuilt
/// old rows in SQL) already have.
/// </summary>
public sealed record MoneyValue([property: JsonRequired] long Minor, [property: JsonRequired] string Currency) : OutreachValue
{
    // A factory, not a second constructor: System.Text.Json reads a record through its only public constructor.
    public static MoneyValue Of(Money amount) => new(amount.Minor, amount.Currency);

    /// <summary>The amount; reading it checks the stored currency, so a row with an unknown one fails loudly, not blank.</summary>
    [JsonIgnore]
    public Money Amount => new(Minor, Currency);
}
