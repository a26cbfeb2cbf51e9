using GiveBack.Domain.Institution;
using Microsoft.Extensions.Options;

namespace GiveBack.Outreach;

/// <summary>The name messages are signed with (<c>Outreach:Institution</c>), read per use so a saved change is in force at once.</summary>
internal sealed class OutreachInstitutionName(IOptionsMonitor<OutreachOptions> options) : IInstitutionName
{
    public string Current => options.CurrentValue.Institution;
}
