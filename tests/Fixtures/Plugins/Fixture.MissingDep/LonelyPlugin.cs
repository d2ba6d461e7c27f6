using Fixture.MissingLib;
using Meic.Sdk.Plugins;

namespace Fixture.MissingDep;

public sealed class LonelyPlugin : IMeicPlugin
{
    private readonly Helper _helper = new();

    public void Register(IPluginRegistry registry) => _ = _helper.Name;
}
