using Meic.Sdk.Plugins;

namespace Fixture.Throws;

public sealed class ThrowingPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry) => throw new InvalidOperationException("the fixture refuses to register");
}
