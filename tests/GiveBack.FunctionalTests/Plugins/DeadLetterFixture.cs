namespace GiveBack.FunctionalTests.Plugins;

/// <summary>
/// The plugin seams' host giving up on an event after two attempts a fraction of a second apart (the defaults are ten
/// over minutes), so a test can watch an event become a dead letter in moments. Its own host: the other seams' tests
/// keep the defaults.
/// </summary>
public sealed class DeadLetterFixture : PluginSeamFixture
{
    public const int MaxAttempts = 2;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Plugins:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Plugins:BackoffBase"] = "00:00:00.100";
        settings["Plugins:BackoffMax"] = "00:00:00.200";
    }
}
