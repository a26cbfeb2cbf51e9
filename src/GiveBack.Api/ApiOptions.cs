using System.ComponentModel.DataAnnotations;

namespace GiveBack.Api;

public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The largest staff API request body; a gift is well under 2 KB, so 64 KB leaves room and stops abuse.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
