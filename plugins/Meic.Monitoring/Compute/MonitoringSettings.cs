using System.Globalization;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Monitoring.Compute;

/// <summary>Early-warning thresholds from toolkit.json (<c>settings."meic.monitoring"</c>), with defaults.</summary>
public sealed record MonitoringSettings
{
    public const string PluginId = "meic.monitoring";

    /// <summary>A partner absent from this many consecutive meetings is flagged.</summary>
    public int AbsentMeetings { get; init; } = 3;
    /// <summary>Dialogue quality is checked over the last K scored meetings.</summary>
    public int QualityMeetings { get; init; } = 3;
    /// <summary>…and flagged when it fell by at least this much (1–5 scale) across them.</summary>
    public double QualityDrop { get; init; } = 0.3;
    /// <summary>Agreements expiring within this many days are flagged.</summary>
    public int AgreementExpiryDays { get; init; } = 60;
    /// <summary>Actions overdue by more than this many days are flagged.</summary>
    public int OverdueGraceDays { get; init; }
    /// <summary>How far below the expected value (as a share) a target is off track.</summary>
    public double OffTrackTolerance { get; init; } = 0.1;

    public static MonitoringSettings From(IMeicContext ctx)
    {
        var d = new MonitoringSettings();
        return new MonitoringSettings
        {
            AbsentMeetings = Int(ctx, "absentMeetings", d.AbsentMeetings, 1),
            QualityMeetings = Int(ctx, "qualityMeetings", d.QualityMeetings, 2),
            QualityDrop = Real(ctx, "qualityDrop", d.QualityDrop),
            AgreementExpiryDays = Int(ctx, "agreementExpiryDays", d.AgreementExpiryDays, 0),
            OverdueGraceDays = Int(ctx, "overdueGraceDays", d.OverdueGraceDays, 0),
            OffTrackTolerance = Real(ctx, "offTrackTolerance", d.OffTrackTolerance),
        };
    }

    private static int Int(IMeicContext ctx, string key, int fallback, int min)
    {
        var text = ctx.Setting(PluginId, key);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min ? v
            : throw new InputException(Commands.Ui.Strings(ctx)["refuse.settingInteger", min, text], $"toolkit.json: settings.\"{PluginId}\".{key}");
    }

    private static double Real(IMeicContext ctx, string key, double fallback)
    {
        var text = ctx.Setting(PluginId, key);
        if (text is null) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v
            : throw new InputException(Commands.Ui.Strings(ctx)["refuse.settingNumber", text], $"toolkit.json: settings.\"{PluginId}\".{key}");
    }
}
