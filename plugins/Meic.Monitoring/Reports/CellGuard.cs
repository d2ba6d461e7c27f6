namespace Meic.Monitoring.Reports;

/// <summary>Neutralises text a spreadsheet would run as a formula (= + - @ TAB CR at the start) by prefixing a quote.</summary>
public static class CellGuard
{
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
