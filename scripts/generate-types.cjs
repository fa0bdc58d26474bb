// Generates Medusa's typed Query/container declarations into .medusa/types (what `medusa build` does first),
// so that the `types` test layer checks the code against the same types the production build uses.
require("ts-node").register({})
const path = require("node:path")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")
const { initializeContainer } = require("@medusajs/medusa/loaders/index")
const { generateTypes } = require("@medusajs/medusa/commands/utils/generate-types")

async function main() {
  const directory = path.resolve(__dirname, "..")
  const container = await initializeContainer(directory, { skipDbConnection: true, throwOnValidationError: false })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await generateTypes({ directory, container, logger })
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  }
)
