namespace GiveBack.Constituents.Erasure;

/// <summary>How a request to erase a donor ended.</summary>
public enum ErasureOutcome
{
    /// <summary>The donor's personal data is gone from every module.</summary>
    Erased,

    /// <summary>No such donor.</summary>
    UnknownDonor,

    /// <summary>The donor was erased before; nothing was done.</summary>
    AlreadyErased,
}
