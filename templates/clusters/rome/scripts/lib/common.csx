// Helpers shared by the Rome scripts: #load "lib/common.csx".

/// The stages that count as "on board".
static readonly EngagementStage[] OnBoard = { EngagementStage.Member, EngagementStage.Signatory };

/// The day an actor reached its current stage (the latest matching entry of its history).
static DateOnly? StageSince(Actor a) =>
    a.StageHistory.Where(h => h.Stage == a.Stage).Select(h => (DateOnly?)h.Date).DefaultIfEmpty(null).Max();

/// A district name as written in cluster.districts ("Municipio IX"), tolerant of "IX", "municipio 9"…
static string? NormaliseDistrict(string? raw, IReadOnlyList<string> districts)
{
    if (string.IsNullOrWhiteSpace(raw)) return null;
    var text = raw.Trim();
    var exact = districts.FirstOrDefault(d => string.Equals(d, text, StringComparison.OrdinalIgnoreCase));
    if (exact is not null) return exact;
    var token = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last().ToUpperInvariant();
    string[] roman = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV" };
    if (int.TryParse(token, out var n) && n >= 1 && n <= roman.Length) token = roman[n - 1];
    return districts.FirstOrDefault(d => d.EndsWith(" " + token, StringComparison.OrdinalIgnoreCase));
}

/// A stable id from a name: "Caritas Roma – Municipio IX" → "caritas-roma-municipio-ix".
static string Slug(string name)
{
    var text = new string(name.Normalize(System.Text.NormalizationForm.FormD)
        .Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    var parts = System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Where(p => p.Length > 0);
    return string.Join("-", parts);
}
