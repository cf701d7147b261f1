import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from './ErrorBar';

interface BoundaryState {
  error: unknown;
}

class Boundary extends Component<
  { children: ReactNode; fallback: (error: unknown, reset: () => void) => ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Feature crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== undefined) {
      return this.props.fallback(this.state.error, () => this.setState({ error: undefined }));
    }
    return this.props.children;
  }
}

/** One error boundary per feature: a crash in one feature leaves the others usable. */
export function FeatureBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Boundary
      fallback={(error, reset) => (
        <div role="alert">
          <p>{t('errors.featureCrashed')}</p>
          <ErrorBar error={error} />
          <Button onClick={reset}>{t('errors.retry')}</Button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
