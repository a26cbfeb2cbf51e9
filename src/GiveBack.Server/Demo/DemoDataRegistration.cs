namespace GiveBack.Server.Demo;

internal static class DemoDataRegistration
{
    public static IHostApplicationBuilder AddGiveBackDemoData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DemoGivingDay>();
        builder.Services.AddHostedService<DemoDataSeeder>();
        return builder;
    }
}
