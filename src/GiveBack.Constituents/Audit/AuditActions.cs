namespace GiveBack.Constituents.Audit;

/// <summary>The kinds of access the audit log records.</summary>
public static class AuditActions
{
    public const string Read = "read";

    public const string Write = "write";

    public const string Merge = "merge";

    public const string Export = "export";

    public const string Erasure = "erasure";

    public const string Import = "import";
}
