namespace GiveBack.Domain.Idempotency;

/// <summary>
/// An idempotency key and the namespace it lives in. A client's key is scoped to the API key that sent it, so two
/// integrations that both send "1" never meet. <see cref="SystemScope"/> holds the keys the product makes itself
/// (<see cref="SystemKeys"/>) and every key stored before keys were scoped, whose sender was not recorded: a client's
/// lookup also searches it, so such a key keeps answering its retries from any client, as it always did.
/// </summary>
public readonly record struct ScopedKey(Guid Scope, string Value)
{
    public static readonly Guid SystemScope = Guid.Empty;

    public static ScopedKey System(string value) => new(SystemScope, value);
}
