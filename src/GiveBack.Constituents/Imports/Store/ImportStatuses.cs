namespace GiveBack.Constituents.Imports.Store;

/// <summary>The words an import's <c>status</c> takes, as the API returns them.</summary>
public static class ImportStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
