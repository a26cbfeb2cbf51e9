using GiveBack.Web.Problems;

namespace GiveBack.Web.Requests;

/// <summary>
/// A part of a request bound by its own type (a header, the paging query), which checks itself when bound and keeps
/// what is wrong, so <see cref="RequestPartsFilter"/> answers one validation problem before the handler runs.
/// </summary>
public interface IRequestPart
{
    /// <summary>Adds what is wrong with this part, field by field, to <paramref name="errors"/>.</summary>
    void AddErrorsTo(FieldErrors errors);
}
