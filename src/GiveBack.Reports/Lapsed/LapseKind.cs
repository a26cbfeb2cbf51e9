namespace GiveBack.Reports.Lapsed;

public enum LapseKind
{
    /// <summary>Last Year But Unfortunately Not This: gave in Y-1, not in Y.</summary>
    Lybunt,

    /// <summary>Some Year But Unfortunately Not This: gave before Y-1, neither in Y-1 nor in Y.</summary>
    Sybunt,
}
