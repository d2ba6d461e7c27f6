using System.Text;
using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Store.Postgres;

// Through lambdas, so the PostgreSQL and LiteDB assemblies load only when a workspace uses them.
StoreFactory.Postgres ??= static (workspace, create) => PostgresStoreRegistration.Open(workspace, create);
StoreFactory.LiteDb ??= static (workspace, create) => Meic.Store.LiteDb.LiteDbStoreRegistration.Open(workspace, create);

var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
// At a terminal, the console's own writers (the terminal UI and its key reading need the terminal set up).
// Into a pipe or a file, plain UTF-8 streams: Console.Out would first set the terminal up (terminfo,
// signal handlers) for output that never reaches one: about 5 ms of a short command's start-up.
var output = interactive ? Console.Out : PlainWriter(Console.OpenStandardOutput());
var errors = interactive ? Console.Error : PlainWriter(Console.OpenStandardError());
return MeicApp.Run(args, output, errors, interactive);

static TextWriter PlainWriter(Stream stream) => new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
