using GiveBack.Domain.Calendar;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Gifts;
using GiveBack.Grains.Giving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Grains;

public static class GrainsRegistration
{
    /// <summary>The services grains and the gift path use; the silo itself is configured by the host.</summary>
    public static IHostApplicationBuilder AddGiveBackGrains(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GivingOptions>()
            .BindConfiguration(GivingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
            new FiscalCalendar(services.GetRequiredService<IOptions<GivingOptions>>().Value.FiscalYearStartMonth));
        builder.Services.AddSingleton<GivingSummaryCalculator>();
        builder.Services.AddSingleton<GiftRecorder>();
        return builder;
    }
}
