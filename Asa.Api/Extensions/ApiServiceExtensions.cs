using Asa.Api.Access;
using Asa.Api.Evaluation;
using Asa.Api.Feedback;
using Asa.Api.Grpc;
using Asa.Api.Tasks;
using Asa.Api.Usage;
using Asa.Core.Data;
using Asa.Core.Extensions;
using Google.Protobuf.Reflection;
using Google.Rpc;

namespace Asa.Api.Extensions;

public static class ApiServiceExtensions
{
    public static IHostApplicationBuilder AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.AddAsaCore();
        builder.AddNpgsqlDbContext<AsaDbContext>(AsaDbContext.ConnectionName,
            configureDbContextOptions: options => options.UseAsaConventions());

        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .Validate(o => o.IsLocal || string.Equals(o.Mode, AuthOptions.KeysMode, StringComparison.OrdinalIgnoreCase),
                "Auth:Mode must be 'keys' (every call carries an API key) or 'local' (one implicit user).")
            .ValidateOnStart();
        builder.Services.AddScoped<ApiKeyStore>();
        builder.Services.AddHostedService<AuthModeReport>();

        builder.Services.AddGrpc(options =>
            {
                options.Interceptors.Add<ErrorMappingInterceptor>();
                options.Interceptors.Add<CallerInterceptor>();
            })
            // REST clients get validation details as JSON; the transcoder must know the detail types.
            .AddJsonTranscoding(options => options.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(options =>
            options.SwaggerDoc("v1", new Microsoft.OpenApi.Models.OpenApiInfo { Title = "ASA", Version = "v1", Description = "The REST mapping of ASA's gRPC API." }));
        builder.Services.AddGrpcHealthChecks();

        builder.Services.AddOptions<SubmissionLimits>()
            .BindConfiguration(SubmissionLimits.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SubmitTaskValidator>();
        builder.Services.AddSingleton<TaskAdmission>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TaskAdmission>());
        builder.Services.AddSingleton<TaskEventFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TaskEventFeed>());
        builder.Services.AddScoped<TaskQueries>();
        builder.Services.AddScoped<UsageQueries>();
        builder.Services.AddSingleton<TaskCancellation>();
        builder.Services.AddSingleton<EvaluationCaseValidator>();
        builder.Services.AddScoped<EvaluationRunStarter>();
        builder.Services.AddScoped<EvaluationQueries>();
        return builder;
    }

    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        app.UseWebPage();
        app.MapGrpcService<TaskGrpcService>();
        app.MapGrpcService<FeedbackGrpcService>();
        app.MapGrpcService<UsageGrpcService>();
        app.MapGrpcService<KeyGrpcService>();
        app.MapGrpcService<EvaluationGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        // The OpenAPI document of the REST mapping, at /openapi/v1.json.
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        app.MapDefaultEndpoints();
        return app;
    }
}
