using System.Text.Json;
using GiveBack.Domain.Pledges;

namespace GiveBack.Pledges.Grains;

/// <summary>The camelCase words stored and shown for pledge enums ("writtenOff"), the same as the API's JSON.</summary>
public static class PledgeVocabulary
{
    public static string Of(PledgeStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Of(InstallmentStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Of(PledgeFrequency frequency) => JsonNamingPolicy.CamelCase.ConvertName(frequency.ToString());
}
