using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Core.Setup;

/// <summary>One thing to do next, and the commands that do it (the first is the usual one).</summary>
public sealed record NextStep(string Text, IReadOnlyList<string> Commands);

/// <summary>The first five steps after <c>meic init</c>, with the exact commands, for the CLI and the application alike.</summary>
public static class NextSteps
{
    /// <summary>The steps for <paramref name="cluster"/>, in <paramref name="strings"/>' language; dates start from <paramref name="today"/>.</summary>
    public static List<NextStep> For(Cluster cluster, Strings strings, DateOnly today)
    {
        // Every value in the cluster's words, as a person types them: the area by its name, the sector and the tie kind by their labels.
        var language = strings.Language;
        var area = cluster.Areas.FirstOrDefault()?.Label.For(language);
        var words = Vocabularies.Shared;
        var sector = words.Label(Sector.ThirdSector, language).ToLowerInvariant();
        var referral = words.Label(TieKind.Referral, language).ToLowerInvariant();
        var add = $"meic map actors add {ClusterSetup.Quote(strings["next.name"])} --sector {ClusterSetup.Quote(sector)}" + (string.IsNullOrEmpty(area) ? "" : $" --area {ClusterSetup.Quote(area)}");
        var import = $"meic map import actors {strings["next.file"]} --dry-run";
        var party = cluster.PromoterId.Length > 0 ? $" --party {ClusterSetup.Quote(cluster.PromoterId + ":" + strings["cluster.field.promoter"].ToLowerInvariant())}" : "";
        var id = AreaIds.Slug(cluster.City.Length > 0 ? cluster.City : "cluster");
        var starts = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var draft = $"meic agreement draft --template {AgreementTemplate(cluster)} --id {id}{party} --starts {starts:yyyy-MM-dd} --expires {starts.AddYears(2).AddDays(-1):yyyy-MM-dd}";
        // The agreement names the secretariat (backbone): without one, it is set first, in the user's word for the setting.
        List<string> agreement = [draft];
        if (cluster.Secretariat.Length == 0)
            agreement.Insert(0, $"meic cluster set {strings["cluster.field.secretariat"].Split(' ')[0].ToLowerInvariant()} "
                + ClusterSetup.Quote(cluster.Promoter.Length > 0 ? cluster.Promoter : strings["next.name"]));
        var meeting = $"meic meeting plan --title {ClusterSetup.Quote(strings["next.meetingTitle"])} --kind {ClusterSetup.Quote(strings["next.plenary"])} --start {ClusterSetup.Quote((language == "en" ? starts.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : starts.AddDays(14).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)) + " 10:00")} --minutes 120";
        return
        [
            new(strings["next.actors"], [add, import]),
            new(strings["next.ties"], [$"meic map ties add {strings["next.actor1"]} {strings["next.actor2"]} --kind {ClusterSetup.Quote(referral)}"]),
            new(strings["next.coverage"], ["meic map coverage"]),
            new(strings["next.agreement"], agreement),
            new(strings["next.meeting"], [meeting]),
        ];
    }

    /// <summary>The agreement template that fits the cluster: its city template's own, else the generic one in its language.</summary>
    public static string AgreementTemplate(Cluster cluster) => cluster.Template switch
    {
        "rome" => "meic-cluster-rome",
        "madrid" => "meic-cluster-madrid",
        _ => cluster.Language switch { "it" => "meic-cluster-it", "es" => "meic-cluster-es", _ => "meic-cluster" },
    };
}
