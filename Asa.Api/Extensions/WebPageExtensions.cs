namespace Asa.Api.Extensions;

/// <summary>
/// The browser page in <c>wwwroot</c>: plain files served by the Api itself, so the page calls the REST mapping
/// from the same origin and needs no CORS.
/// </summary>
public static class WebPageExtensions
{
    public static WebApplication UseWebPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // The page holds an API key in sessionStorage: no script, style or frame from anywhere else.
                headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
