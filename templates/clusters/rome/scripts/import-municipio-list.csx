// Import mapping for the list the municipi's social offices circulate: a semicolon-separated file with
// the header "Ente;Settore;Municipio;Ambiti;Referente;Email". Returns the actors; meic writes them all or none.
// toolkit.json: "scripts": { "importMappings": { "municipi": "scripts/import-municipio-list.csx" } }
// meic script import municipi elenco.csv [--dry-run]
#load "lib/common.csx"

var sectors = new Dictionary<string, Sector>(StringComparer.OrdinalIgnoreCase)
{
    ["PA"] = Sector.PublicAdministration, ["Impresa"] = Sector.Company, ["Associazione"] = Sector.ThirdSector,
    ["Cooperativa"] = Sector.ThirdSector, ["Sindacato"] = Sector.RepresentativeBody, ["Università"] = Sector.Research,
    ["Comunità"] = Sector.DiasporaCommunity,
};
var lines = File.ReadAllLines(InputFile!).Where(l => l.Trim().Length > 0).ToList();
if (lines.Count == 0 || !lines[0].StartsWith("Ente;", StringComparison.OrdinalIgnoreCase))
    throw new InputException("expected the header Ente;Settore;Municipio;Ambiti;Referente;Email", $"{InputFile}:1");
var districts = Cluster.Districts;
var actors = new List<Actor>();
for (var i = 1; i < lines.Count; i++)
{
    var c = lines[i].Split(';');
    var where = $"{Path.GetFileName(InputFile)}:{i + 1}";
    if (c.Length < 6) throw new InputException($"expected 6 columns, found {c.Length}", where);
    if (!sectors.TryGetValue(c[1].Trim(), out var sector)) throw new InputException($"unknown Settore '{c[1]}'; expected one of {string.Join(", ", sectors.Keys)}", where);
    var district = NormaliseDistrict(c[2], districts) ?? throw new InputException($"unknown Municipio '{c[2]}'", where);
    actors.Add(new Actor
    {
        Id = Slug(c[0]),
        Name = c[0].Trim(),
        Sector = sector,
        District = district,
        Areas = c[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Contacts = { new Contact { Name = c[4].Trim(), Email = c[5].Trim() } },
        Tags = { "import:municipi" },
    });
}
return actors;
