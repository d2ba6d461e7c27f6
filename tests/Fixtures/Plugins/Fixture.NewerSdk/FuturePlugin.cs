using Meic.Sdk.Plugins;

namespace Fixture.NewerSdk;

public sealed class FuturePlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry) { }
}
