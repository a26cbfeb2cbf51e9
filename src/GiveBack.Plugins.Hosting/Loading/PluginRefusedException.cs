namespace GiveBack.Plugins.Hosting.Loading;

/// <summary>A plugin folder the host will not load; the message is the reason shown in logs and the API.</summary>
public sealed class PluginRefusedException : Exception
{
    public PluginRefusedException()
    {
    }

    public PluginRefusedException(string message)
        : base(message)
    {
    }

    public PluginRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
