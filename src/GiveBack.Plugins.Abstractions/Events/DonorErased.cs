namespace GiveBack.Plugins.Abstractions.Events;

/// <summary>
/// A donor's personal data was erased at their request (since 2.2). Remove what you hold about
/// <paramref name="DonorId"/> — names, e-mail, phone, notes — from the system you feed; amounts may stay under the id,
/// which GiveBack keeps as a pseudonym. Earlier <see cref="DonorChanged"/> events of this donor that were not delivered
/// yet arrive with the personal fields already blanked.
/// </summary>
/// <param name="DonorId">The donor, now a pseudonym.</param>
/// <param name="ErasedAt">When the erasure was done.</param>
public sealed record DonorErased(Guid DonorId, DateTimeOffset ErasedAt) : GiveBackEvent(DonorId);
