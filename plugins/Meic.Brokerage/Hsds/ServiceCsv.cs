using System.Globalization;
using Meic.Sdk.Tables;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Hsds;

/// <summary>The directory as one CSV sheet, one service a row; lists are separated by ';'.</summary>
public static class ServiceCsv
{
    public static readonly string[] Columns =
    [
        "id", "actorId", "name", "description", "area", "district", "forWhom", "languages", "minimumAge", "maximumAge", "sex",
        "address", "schedule", "howToAccess", "cost", "requiredDocuments", "email", "phone", "url", "capacity", "status",
    ];

    public static void Write(TextWriter writer, IEnumerable<Service> services)
    {
        Csv.WriteRow(writer, Columns);
        foreach (var s in services) Csv.WriteRow(writer, Row(s).Select(Neutralise));
    }

    private static IEnumerable<string?> Row(Service s) =>
    [
        s.Id, s.ActorId, s.Name, s.Description, s.Area, s.District, string.Join(";", s.ForWhom), string.Join(";", s.Languages),
        s.MinimumAge?.ToString(CultureInfo.InvariantCulture), s.MaximumAge?.ToString(CultureInfo.InvariantCulture), s.Sex, s.Address, s.Schedule,
        s.HowToAccess, s.Cost, string.Join(";", s.RequiredDocuments), s.Email, s.Phone, s.Url, s.Capacity?.ToString(CultureInfo.InvariantCulture), s.Status,
    ];

    /// <summary>A cell a spreadsheet would run as a formula (= + - @ TAB CR, also after spaces or a BOM) is prefixed with a quote.</summary>
    public static string? Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var trimmed = value.TrimStart(' ', '\uFEFF');
        return trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    // A cell this tool neutralised on export comes back as typed.
    private static string Unneutralise(string v) => v.Length > 1 && v[0] == '\'' && v[1] is '=' or '+' or '-' or '@' ? v[1..] : v;

    /// <summary>Reads and checks every row; throws on the first bad one, naming line and column. Nothing is written here.</summary>
    /// <summary>The columns <see cref="Write"/> writes, each a field; Italian and Spanish names are accepted too.</summary>
    public static TableSchema Schema(string language) => new(BrokeragePlugin.Strings(language)["import.what.services"], Columns.Select(c => new TableField(c, c is "actorId" or "name", Aliases(c))).ToList());

    private static string[] Aliases(string column) => column switch
    {
        "actorId" => ["ente", "attore", "actor", "entidad"],
        "name" => ["nome", "nombre", "servizio", "servicio"],
        "description" => ["descrizione", "descripción"],
        "district" => ["municipio", "distrito"],
        "forWhom" => ["per chi", "para quién", "destinatari", "destinatarios"],
        "languages" => ["lingue", "idiomas"],
        "address" => ["indirizzo", "dirección"],
        "schedule" => ["orari", "orario", "horario"],
        "howToAccess" => ["come accedere", "cómo acceder"],
        "cost" => ["costo", "coste"],
        "requiredDocuments" => ["documenti richiesti", "documentos requeridos"],
        "phone" => ["telefono", "teléfono"],
        "capacity" => ["capacità", "capacidad", "posti", "plazas"],
        "status" => ["stato", "estado"],
        _ => [],
    };

    public static (List<Service> Added, List<Service> Updated) Read(string file, IDocumentStore store, Strings t)
    {
        var language = t.Language;
        var directory = new ServiceDirectory(store, t);
        var existing = directory.Services.All().ToDictionary(s => s.Id);
        var added = new List<Service>(); var updated = new List<Service>(); var seen = new HashSet<string>();
        // The SDK's one table reader: encoding, separator and strict quotes, every column mapped or refused.
        var table = TableReader.Read(file, language);
        var columns = ColumnMapping.Resolve(table, Schema(language), [], [], language);
        foreach (var row in table.Rows)
        {
            var line = row.Line;
            string? Get(string column) => columns.Get(row, column) is { Length: > 0 } v ? Unneutralise(v) : null;
            int? Int(string column)
            {
                var v = Get(column);
                if (v is null) return null;
                return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
                    : throw new InputException(t["refuse.csvColumn", column, t["refuse.wholeNumber", v]], $"{file}:{line}");
            }
            List<string> List(string column) => (Get(column) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var actorRef = Get("actorId") ?? throw new InputException(t["refuse.csvColumn", "actorId", t["refuse.required"]], $"{file}:{line}");
            string actorId;
            try { actorId = directory.RequireActor(actorRef, "actorId").Id; }
            catch (InputException e) { throw new InputException(t["refuse.csvColumn", "actorId", e.Message.Replace("actorId: ", "")], $"{file}:{line}"); }
            var id = Get("id");
            var isUpdate = id is not null && existing.ContainsKey(id);
            var s = isUpdate ? existing[id!] : new Service { Id = id ?? "", Source = "csv" };
            s.ActorId = actorId; s.Name = Get("name") ?? ""; s.Description = Get("description"); s.Area = Get("area"); s.District = Get("district");
            s.ForWhom = List("forWhom"); s.Languages = List("languages").Select(l => l.ToLowerInvariant()).ToList();
            s.MinimumAge = Int("minimumAge"); s.MaximumAge = Int("maximumAge"); s.Sex = Get("sex"); s.Address = Get("address"); s.Schedule = Get("schedule");
            s.HowToAccess = Get("howToAccess"); s.Cost = Get("cost"); s.RequiredDocuments = List("requiredDocuments");
            s.Email = Get("email"); s.Phone = Get("phone"); s.Url = Get("url"); s.Capacity = Int("capacity"); s.Status = Get("status") ?? "active";
            if (string.IsNullOrEmpty(s.Id)) s.Id = $"{actorId}-{ActorServices.Slug(s.Name)}";
            foreach (var (field, message) in ServiceDirectory.Problems(s, t))
                throw new InputException(t["refuse.csvColumn", field, message], $"{file}:{line}");
            if (!seen.Add(s.Id)) throw new InputException(t["refuse.csvColumn", "id", t["refuse.idTwice", s.Id]], $"{file}:{line}");
            if (isUpdate || existing.ContainsKey(s.Id)) { s.Version = existing[s.Id].Version; updated.Add(s); } else added.Add(s);
        }
        return (added, updated);
    }
}
