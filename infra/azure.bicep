// Azure resources of Internationellt arbete for one environment (m365agents.yml, arm/deploy).
// The server runs on App Service (Linux, Node 24 LTS) as the compiled `dist/server/main.js`; the
// bot's identity is a user-assigned managed identity (no bot secret: the Teams SDK authenticates
// with it when BOT_PASSWORD is empty); the runtime identity's client secret is read from Key Vault
// through a Key Vault reference. Outputs are written to env/.env.<environment> by the toolkit.
// Resource types and API versions are listed in resource-versions.json beside this file (a unit
// test keeps the two equal).

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name, e.g. ia plus the toolkit-generated RESOURCE_SUFFIX.')
param resourceBaseName string

@description('Region of the resources; the Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest with Always On; P0v3 for production.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Entra ID tenant of the app registrations (TENANT_ID).')
param tenantId string

@description('Application (client) ID of the runtime identity: the tab, the server API (CLIENT_ID).')
param clientId string

@secure()
@description('Client secret of the runtime identity; stored in Key Vault, never in an app setting.')
param clientSecret string

@description('Host name of the server without scheme; empty: the Web App\'s own azurewebsites.net name.')
param publicHostname string = ''

@description('Path of the organisation file inside the deployed package (ORGANISATION_CONFIG).')
param organisationConfig string

@description('The Teams app id (TEAMS_APP_ID): the bot\'s buttons become Teams deep links.')
param teamsAppId string

@description('Display name of the Azure Bot.')
@maxLength(42)
param botDisplayName string = 'Internationellt arbete'

var webAppName = '${resourceBaseName}-app'
var hostName = empty(publicHostname) ? webApp.properties.defaultHostName : publicHostname
// Key Vault names are global, 3-24 characters.
var keyVaultName = take('${resourceBaseName}kv${uniqueString(resourceGroup().id)}', 24)
// Built-in role "Key Vault Secrets User": read secret values.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// The bot's identity (Azure Bot msaAppType UserAssignedMSI) and the Web App's identity for the
// Key Vault reference.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource clientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'client-secret'
  properties: {
    value: clientSecret
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/server/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// The server's configuration (src/server/config.ts, .env.example). A separate resource so that
// PUBLIC_HOSTNAME can name the Web App's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [
    secretsUser
  ]
  properties: {
    NODE_ENV: 'production'
    TENANT_ID: tenantId
    CLIENT_ID: clientId
    CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${clientSecretEntry.properties.secretUri})'
    BOT_ID: identity.properties.clientId
    PUBLIC_HOSTNAME: hostName
    ORGANISATION_CONFIG: organisationConfig
    TEAMS_APP_ID: teamsAppId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    // The package is built before the upload (npm run build, npm prune --omit=dev): no build on
    // the server, and the app runs from the uploaded zip.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<environment> under these names (the names the package and the server read).
output APP_SERVICE_RESOURCE_ID string = webApp.id
output PUBLIC_HOSTNAME string = hostName
output BOT_ID string = identity.properties.clientId
