namespace GiveBack.Constituents.Relationships;

/// <summary>
/// A donor's link as seen from that donor: the spouse or employer on the other side (<see cref="OtherDonorId"/> when
/// on file, with their name), or the employer's name alone.
/// </summary>
public sealed record DonorLinkView(Guid Id, string Kind, Guid? OtherDonorId, string? OtherName, DateOnly? Since);
