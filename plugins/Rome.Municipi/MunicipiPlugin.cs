using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Rome.Municipi.Commands;

namespace Rome.Municipi;

/// <summary>Registers the <c>municipi</c> command, its screen and the coverage service scripts can use.</summary>
public sealed class MunicipiPlugin : IMeicPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        registry.AddCommand("municipi", MunicipiCommand.Create);
        registry.AddScreen("municipi", MunicipiScreens.Open);
        registry.AddService(ctx => new DistrictCoverage(ctx));
    }

    internal static Strings Text(IMeicContext ctx) => Strings.Load(typeof(MunicipiPlugin).Assembly, "Rome.Municipi.strings", ctx.Language);
}
