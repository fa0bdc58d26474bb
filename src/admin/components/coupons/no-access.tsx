import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** What a user whose role lacks coupon:read sees instead of an error. */
export function NoAccess() {
  const { t } = useTranslation()
  return (
    <Container>
      <Text>{t("common.noAccess")}</Text>
    </Container>
  )
}
