namespace GiveBack.Server.Hosting;

/// <summary>
/// The short environment variables the README documents, mapped onto configuration keys. An explicit configuration
/// value (command line, appsettings) wins over them.
/// </summary>
internal static class EnvironmentVariables
{
    public const string Database = "GIVEBACK_DB";
    public const string HttpPort = "GIVEBACK_HTTP_PORT";
    public const int DefaultHttpPort = 5080;

    public static IHostApplicationBuilder AddGiveBackEnvironment(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var mapped = new Dictionary<string, string?>();
        if (configuration["ConnectionStrings:GiveBack"] is null && Environment.GetEnvironmentVariable(Database) is { } database)
        {
            mapped["ConnectionStrings:GiveBack"] = database;
        }

        if (configuration["urls"] is null && configuration["ASPNETCORE_URLS"] is null)
        {
            var port = Environment.GetEnvironmentVariable(HttpPort) ?? DefaultHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            mapped["urls"] = $"http://127.0.0.1:{port}";
        }

        if (configuration["Telemetry:ScrapeKey"] is null && configuration[Telemetry.TelemetryOptions.ScrapeKeyVariable] is { } scrapeKey)
        {
            mapped["Telemetry:ScrapeKey"] = scrapeKey;
        }

        configuration.AddInMemoryCollection(mapped);
        if (configuration["urls"] is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        return builder;
    }
}
