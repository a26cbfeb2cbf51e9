namespace GiveBack.Pledges.Store;

public static class CommitmentKinds
{
    public const string Pledge = "pledge";
    public const string WriteOff = "write_off";
    public const string Cancellation = "cancellation";
}
