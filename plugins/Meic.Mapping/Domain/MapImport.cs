using Meic.Mapping.Commands;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Tables;

namespace Meic.Mapping.Domain;

/// <summary>What a person asks to import: actors or ties from a file, with their column choices.</summary>
public sealed record MapImportRequest(string Kind, string Path, IReadOnlyList<string> Maps, IReadOnlyList<string> Ignores, bool MergeDuplicates = false, string? Separator = null);

/// <summary>
/// One import of actors or ties, planned before anything is written: every column mapped or refused, every row's fate
/// and the probable duplicates in <see cref="Report"/>. <see cref="Write"/> then writes all of it in one transaction,
/// recorded for <c>meic import undo</c>, or nothing when a row was refused. The command and the import screen share it.
/// </summary>
public sealed class MapImport
{
    private readonly MapData _data;
    private readonly Table _table;
    private readonly Action<ImportRecord> _write;

    private MapImport(MapImportRequest request, MapData data, Table table, ImportReport report, Action<ImportRecord> write)
    {
        Request = request; _data = data; _table = table; Report = report; _write = write;
    }

    public MapImportRequest Request { get; }

    /// <summary>What the import would do (or, after <see cref="Write"/>, did).</summary>
    public ImportReport Report { get; private set; }

    /// <summary>Reads the file and plans the import; a file or a column that cannot be read is refused here, in the user's language.</summary>
    public static MapImport Plan(IMeicContext ctx, MapImportRequest request)
    {
        var text = MappingPlugin.Text(ctx);
        if (request.Kind is not ("actors" or "ties")) throw new InputException(text["err.importWhat", request.Kind], "WHAT");
        var table = ImportCommand.Read(ctx, request.Path, request.Separator);
        var schema = request.Kind == "actors" ? ImportSchemas.Actors(text["import.what.actors"]) : ImportSchemas.Ties(text["import.what.ties"]);
        var columns = ColumnMapping.Resolve(table, schema, request.Maps, request.Ignores, ctx.Language);
        var data = MapData.From(ctx);
        if (request.Kind == "actors")
        {
            var plan = new ActorImporter(data, Commands.Shared.Today(ctx), text).Plan(table, columns, request.MergeDuplicates);
            return new MapImport(request, data, table, plan.Report, record =>
            {
                foreach (var a in plan.Creates) record.Wrote(Actor.CollectionName, data.Actors.Insert(a), created: true);
                foreach (var a in plan.Updates) record.Wrote(Actor.CollectionName, data.Actors.Update(a), created: false);
            });
        }
        var ties = new TieImporter(data, text).Plan(table, columns);
        return new MapImport(request, data, table, ties.Report, record =>
        {
            foreach (var t in ties.Creates) record.Wrote(Relationship.CollectionName, data.Ties.Insert(t), created: true);
            foreach (var t in ties.Updates) record.Wrote(Relationship.CollectionName, data.Ties.Update(t), created: false);
        });
    }

    /// <summary>Whether the plan can be written: no row refused.</summary>
    public bool Writable => Report.Rejected == 0;

    /// <summary>Writes the plan in one transaction (nothing when a row is refused or nothing changes); the report says what was done.</summary>
    public ImportReport Write()
    {
        string? importId = null;
        if (Writable && Report.Created + Report.Updated + Report.Merged > 0)
        {
            var record = ImportRecord.Begin("meic.mapping", Request.Kind, Request.Path, _table.Encoding, DateTimeOffset.UtcNow, _data.Store.User);
            using (var tx = _data.Store.BeginTransaction())
            {
                _write(record);
                // Written last: undo finds the import's changes as the journal entries before this one.
                _data.Store.Collection<ImportRecord>(ImportRecord.CollectionName).Insert(record);
                tx.Commit();
            }
            importId = record.Id;
        }
        return Report = Report with { DryRun = false, Written = importId is not null, ImportId = importId };
    }
}
