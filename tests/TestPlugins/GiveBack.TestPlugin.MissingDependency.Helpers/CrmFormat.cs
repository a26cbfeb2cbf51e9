namespace GiveBack.TestPlugin.MissingDependency.Helpers;

/// <summary>A helper the plugin needs; the tests delete this assembly from the plugin folder.</summary>
public static class CrmFormat
{
    public static string Describe(string eventType) => $"crm:{eventType}";
}
