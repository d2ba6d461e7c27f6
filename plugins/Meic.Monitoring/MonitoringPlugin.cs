using Meic.Monitoring.Commands;
using Meic.Monitoring.Model;
using Meic.Monitoring.Presets;
using Meic.Monitoring.Screens;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;

namespace Meic.Monitoring;

/// <summary>Indicators, targets, the network's health over time, early warnings and reports.</summary>
public sealed class MonitoringPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddCollection(new CollectionSpec(Indicator.CollectionName).Index("code").Index("kind").Searchable("code"));
        registry.AddCollection(new CollectionSpec(IndicatorValue.CollectionName).Index("indicatorCode").Index("period"));
        registry.AddCollection(new CollectionSpec(PeriodLock.CollectionName));
        registry.AddCommand("monitor", MonitorCommand.Create);
        registry.AddVocabularies(typeof(MonitoringPlugin).Assembly, "Meic.Monitoring.vocabulary.json");
        registry.AddScreen("monitor", screen => MonitoringScreens.Dashboard(screen.Meic));
        registry.AddScreen("monitor-alerts", screen => MonitoringScreens.Alerts(screen.Meic));
        registry.AddScreen("monitor-enter", screen => MonitoringScreens.Enter(screen.Meic, null));
        registry.AddScreen("monitor-periods", screen => MonitoringScreens.Periods(screen.Meic));
        registry.AddTemplateSeeder(PresetSeeder.Seed);
    }
}
