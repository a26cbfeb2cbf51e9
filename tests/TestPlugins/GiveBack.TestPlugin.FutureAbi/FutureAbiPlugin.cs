using GiveBack.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.TestPlugin.FutureAbi;

/// <summary>Its manifest claims abstractions 2.0.0: the host must refuse it before running any of its code.</summary>
public sealed class FutureAbiPlugin : IGiveBackPlugin
{
    public void ConfigureServices(IServiceCollection services, IPluginContext context) =>
        throw new InvalidOperationException("A plugin for a newer contract must never be run.");
}
