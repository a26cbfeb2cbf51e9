namespace GiveBack.Grains.Abstractions.Donors;

[GenerateSerializer, Immutable, Alias("giveback.donor-creation")]
public sealed record DonorCreation([property: Id(0)] CreateOutcome Outcome, [property: Id(1)] DonorView? Donor);
